package no.samskap.events.registrations.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.events.AttendeeCheckedIn;
import no.samskap.contract.events.AttendeeRegistered;
import no.samskap.contract.events.AttendeeUnregistered;
import no.samskap.contract.events.EventsMessages;
import no.samskap.events.registrations.application.AttendanceMessages;
import no.samskap.events.registrations.domain.Registration;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.time.Instant;
import java.util.UUID;

/**
 * Attendance as messages of the public contract, keyed by the event's id like the registration messages so one event's
 * facts stay in order. They name the registrant by subject id and carry nothing else about them.
 */
@Singleton
class OutboxAttendanceMessages implements AttendanceMessages {

    private final Outbox outbox;

    OutboxAttendanceMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void seated(Registration registration, Instant at) {
        append(registration, EventsMessages.ATTENDEE_REGISTERED, at, new AttendeeRegistered(
            registration.eventId().toString(), registration.id().toString(), registration.personId(), at));
    }

    @Override
    public void unseated(Registration registration, Instant at) {
        append(registration, EventsMessages.ATTENDEE_UNREGISTERED, at, new AttendeeUnregistered(
            registration.eventId().toString(), registration.id().toString(), registration.personId(), at));
    }

    @Override
    public void checkedIn(Registration registration) {
        var at = registration.checkedInAt();
        append(registration, EventsMessages.ATTENDEE_CHECKED_IN, at, new AttendeeCheckedIn(
            registration.eventId().toString(), registration.id().toString(), registration.personId(), at));
    }

    private <P> void append(Registration registration, MessageType<P> type, Instant at, P payload) {
        outbox.append(new OutgoingMessage<>(type, UUID.randomUUID(), at, registration.municipality().value(),
            registration.eventId().toString(), payload));
    }
}
