package no.samskap.events.registrations.domain;

import java.time.Instant;

/** What happened to a registration, with the event's seats right after it. */
public sealed interface RegistrationEvent {

    Registration registration();

    SeatCount seats();

    Instant occurredAt();

    record Confirmed(Registration registration, SeatCount seats, Instant occurredAt) implements RegistrationEvent {
    }

    /** {@code position} 1 is next in line. */
    record Waitlisted(Registration registration, int position, SeatCount seats, Instant occurredAt)
        implements RegistrationEvent {
    }

    record Promoted(Registration registration, SeatCount seats, Instant occurredAt) implements RegistrationEvent {
    }

    record Cancelled(Registration registration, boolean wasConfirmed, SeatCount seats, Instant occurredAt)
        implements RegistrationEvent {
    }
}
