package no.samskap.events.registrations.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.RegistrationCancelled;
import no.samskap.contract.events.RegistrationConfirmed;
import no.samskap.contract.events.RegistrationPromoted;
import no.samskap.contract.events.RegistrationWaitlisted;
import no.samskap.contract.events.Seats;
import no.samskap.events.registrations.application.RegistrationMessages;
import no.samskap.events.registrations.domain.RegistrationEvent;
import no.samskap.events.registrations.domain.SeatCount;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.UUID;

/**
 * Registration changes as messages of the public contract, keyed by the event's id so a reader sees one event's
 * seats in order. They carry places and seats, never the person or their needs.
 */
@Singleton
class OutboxRegistrationMessages implements RegistrationMessages {

    private static final MessageMapping<RegistrationEvent> MESSAGES = MessageMapping.of(RegistrationEvent.class)
        .on(RegistrationEvent.Confirmed.class, confirmed -> message(confirmed, EventsMessages.REGISTRATION_CONFIRMED,
            new RegistrationConfirmed(eventId(confirmed), registrationId(confirmed), places(confirmed),
                seats(confirmed), confirmed.occurredAt())))
        .on(RegistrationEvent.Waitlisted.class, waitlisted -> message(waitlisted,
            EventsMessages.REGISTRATION_WAITLISTED, new RegistrationWaitlisted(eventId(waitlisted),
                registrationId(waitlisted), places(waitlisted), waitlisted.position(), seats(waitlisted),
                waitlisted.occurredAt())))
        .on(RegistrationEvent.Promoted.class, promoted -> message(promoted, EventsMessages.REGISTRATION_PROMOTED,
            new RegistrationPromoted(eventId(promoted), registrationId(promoted), places(promoted), seats(promoted),
                promoted.occurredAt())))
        .on(RegistrationEvent.Cancelled.class, cancelled -> message(cancelled, EventsMessages.REGISTRATION_CANCELLED,
            new RegistrationCancelled(eventId(cancelled), registrationId(cancelled), places(cancelled),
                cancelled.wasConfirmed(), seats(cancelled), cancelled.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxRegistrationMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(RegistrationEvent change) {
        outbox.append(MESSAGES.toMessage(change));
    }

    private static String eventId(RegistrationEvent change) {
        return change.registration().eventId().toString();
    }

    private static String registrationId(RegistrationEvent change) {
        return change.registration().id().toString();
    }

    private static int places(RegistrationEvent change) {
        return change.registration().places();
    }

    private static Seats seats(RegistrationEvent change) {
        SeatCount seats = change.seats();
        return new Seats(seats.confirmed(), seats.waiting(), seats.capacity());
    }

    private static <P> OutgoingMessage<P> message(RegistrationEvent change, MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, UUID.randomUUID(), change.occurredAt(),
            change.registration().municipality().value(), eventId(change), payload);
    }
}
