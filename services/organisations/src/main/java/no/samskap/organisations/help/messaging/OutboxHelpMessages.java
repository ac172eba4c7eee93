package no.samskap.organisations.help.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.organisations.HelpAccepted;
import no.samskap.contract.organisations.HelpDeclined;
import no.samskap.contract.organisations.HelpOffered;
import no.samskap.contract.organisations.HelpRequestTaken;
import no.samskap.contract.organisations.HelpRequested;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.help.application.HelpMessages;
import no.samskap.organisations.help.domain.HelpEvent;
import no.samskap.organisations.help.domain.HelpOffer;
import no.samskap.organisations.help.domain.HelpRequest;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.Optional;
import java.util.UUID;

/**
 * Turns offers' and requests' domain events into messages of the public contract. Staff's notes and reasons, a
 * request's task and place stay in the service: they may speak of people.
 */
@Singleton
class OutboxHelpMessages implements HelpMessages {

    private static final MessageMapping<HelpEvent> MESSAGES = MessageMapping.of(HelpEvent.class)
        .on(HelpEvent.OfferMade.class, OutboxHelpMessages::offered)
        .on(HelpEvent.OfferAccepted.class, accepted -> aboutOffer(accepted, accepted.offer(),
            OrganisationsMessages.HELP_ACCEPTED, new HelpAccepted(accepted.offer().id().toString(),
                accepted.offer().ideaId().toString(), text(accepted.offer().associationId()),
                accepted.offer().kind().code(), accepted.offer().decision().by(), accepted.occurredAt())))
        .on(HelpEvent.OfferDeclined.class, declined -> aboutOffer(declined, declined.offer(),
            OrganisationsMessages.HELP_DECLINED, new HelpDeclined(declined.offer().id().toString(),
                declined.offer().ideaId().toString(), text(declined.offer().associationId()),
                declined.offer().kind().code(), declined.offer().decision().by(), declined.occurredAt())))
        .on(HelpEvent.RequestPosted.class, OutboxHelpMessages::requested)
        .on(HelpEvent.RequestTaken.class, taken -> aboutRequest(taken, taken.request(),
            OrganisationsMessages.HELP_REQUEST_TAKEN, new HelpRequestTaken(taken.request().id().toString(),
                text(taken.request().associationId()), taken.request().takenBy(), taken.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxHelpMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(HelpEvent event) {
        outbox.append(MESSAGES.toMessage(event));
    }

    private static OutgoingMessage<HelpOffered> offered(HelpEvent.OfferMade made) {
        var offer = made.offer();
        return aboutOffer(made, offer, OrganisationsMessages.HELP_OFFERED, new HelpOffered(offer.id().toString(),
            offer.ideaId().toString(), text(offer.associationId()), offer.offeredBy(), offer.kind().code(),
            offer.hours(), offer.skills(), offer.description(), made.occurredAt()));
    }

    private static OutgoingMessage<HelpRequested> requested(HelpEvent.RequestPosted posted) {
        var request = posted.request();
        return aboutRequest(posted, request, OrganisationsMessages.HELP_REQUESTED, new HelpRequested(
            request.id().toString(), text(request.associationId()),
            Optional.ofNullable(request.ideaId()).map(UUID::toString).orElse(null), request.skills(),
            request.startsAt(), request.endsAt(), request.requestedBy(), posted.occurredAt()));
    }

    private static <P> OutgoingMessage<P> aboutOffer(HelpEvent event, HelpOffer offer, MessageType<P> type,
                                                     P payload) {
        return message(event, offer.municipality(), offer.id(), type, payload);
    }

    private static <P> OutgoingMessage<P> aboutRequest(HelpEvent event, HelpRequest request, MessageType<P> type,
                                                       P payload) {
        return message(event, request.municipality(), request.id(), type, payload);
    }

    private static <P> OutgoingMessage<P> message(HelpEvent event, MunicipalityNumber municipality, UUID key,
                                                  MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, UUID.randomUUID(), event.occurredAt(), municipality.value(),
            key.toString(), payload);
    }

    private static String text(AssociationId id) {
        return id == null ? null : id.toString();
    }
}
