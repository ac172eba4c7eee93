package no.samskap.organisations.volunteers.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.contract.organisations.VolunteerRegistered;
import no.samskap.contract.organisations.VolunteerUpdated;
import no.samskap.contract.organisations.VolunteerWithdrawn;
import no.samskap.organisations.volunteers.application.VolunteerMessages;
import no.samskap.organisations.volunteers.domain.VolunteerEvent;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.UUID;

/** Turns a volunteer profile's events into messages keyed by the person; the free-text note stays behind. */
@Singleton
class OutboxVolunteerMessages implements VolunteerMessages {

    private static final MessageMapping<VolunteerEvent> MESSAGES = MessageMapping.of(VolunteerEvent.class)
        .on(VolunteerEvent.Registered.class, registered -> message(registered,
            OrganisationsMessages.VOLUNTEER_REGISTERED, registeredPayload(registered)))
        .on(VolunteerEvent.Updated.class, updated -> message(updated, OrganisationsMessages.VOLUNTEER_UPDATED,
            updatedPayload(updated)))
        .on(VolunteerEvent.Withdrawn.class, withdrawn -> message(withdrawn,
            OrganisationsMessages.VOLUNTEER_WITHDRAWN,
            new VolunteerWithdrawn(withdrawn.profile().personId(), withdrawn.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxVolunteerMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(VolunteerEvent event) {
        outbox.append(MESSAGES.toMessage(event));
    }

    private static VolunteerRegistered registeredPayload(VolunteerEvent.Registered registered) {
        var details = registered.profile().details();
        return new VolunteerRegistered(registered.profile().personId(), details.skills(), details.availability(),
            details.languages(), details.ageBand(), details.contactConsent(), registered.occurredAt());
    }

    private static VolunteerUpdated updatedPayload(VolunteerEvent.Updated updated) {
        var details = updated.profile().details();
        return new VolunteerUpdated(updated.profile().personId(), details.skills(), details.availability(),
            details.languages(), details.ageBand(), details.contactConsent(), updated.occurredAt());
    }

    private static <P> OutgoingMessage<P> message(VolunteerEvent event, MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, UUID.randomUUID(), event.occurredAt(),
            event.profile().municipality().value(), event.profile().personId(), payload);
    }
}
