package no.samskap.organisations.attests.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.organisations.AttestExpired;
import no.samskap.contract.organisations.AttestExpiring;
import no.samskap.contract.organisations.AttestSighted;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.organisations.attests.application.AttestMessages;
import no.samskap.organisations.attests.domain.AttestEvent;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Publishes whether a volunteer holds a sighting, keyed by the volunteer: the association, the kind of role and the
 * day it ends. Who saw it, the role's own name and the guardian's consent stay in the service.
 */
@Singleton
class OutboxAttestMessages implements AttestMessages {

    private static final MessageMapping<AttestEvent> MESSAGES = MessageMapping.of(AttestEvent.class)
        .on(AttestEvent.Sighted.class, sighted -> message(sighted, OrganisationsMessages.ATTEST_SIGHTED,
            new AttestSighted(associationId(sighted), volunteerId(sighted), role(sighted), validUntil(sighted))))
        .on(AttestEvent.Expiring.class, expiring -> message(expiring, OrganisationsMessages.ATTEST_EXPIRING,
            new AttestExpiring(associationId(expiring), volunteerId(expiring), role(expiring),
                validUntil(expiring))))
        .on(AttestEvent.Expired.class, expired -> message(expired, OrganisationsMessages.ATTEST_EXPIRED,
            new AttestExpired(associationId(expired), volunteerId(expired), role(expired), validUntil(expired))))
        .build();

    private final Outbox outbox;

    OutboxAttestMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(AttestEvent event) {
        outbox.append(MESSAGES.toMessage(event));
    }

    private static String associationId(AttestEvent event) {
        return event.sighting().associationId().toString();
    }

    private static String volunteerId(AttestEvent event) {
        return event.sighting().volunteerId();
    }

    private static String role(AttestEvent event) {
        return event.sighting().role().code();
    }

    private static LocalDate validUntil(AttestEvent event) {
        return event.sighting().validUntil();
    }

    private static <P> OutgoingMessage<P> message(AttestEvent event, MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, UUID.randomUUID(), event.occurredAt(), event.municipality().value(),
            volunteerId(event), payload);
    }
}
