package no.samskap.events.registrations.domain;

import java.time.Instant;

/** What happened to a registration, with the event's seats right after it. */
public sealed interface RegistrationEvent {

    Registration registration();

    SeatCount seats();

    Instant occurredAt();

    /** The registration holds seats since this change: confirmed at once or promoted from the waitlist. */
    default boolean tookSeats() {
        return false;
    }

    /** The registration gave up seats it held. */
    default boolean gaveUpSeats() {
        return false;
    }

    record Confirmed(Registration registration, SeatCount seats, Instant occurredAt) implements RegistrationEvent {

        @Override
        public boolean tookSeats() {
            return true;
        }
    }

    /** {@code position} 1 is next in line. */
    record Waitlisted(Registration registration, int position, SeatCount seats, Instant occurredAt)
        implements RegistrationEvent {
    }

    record Promoted(Registration registration, SeatCount seats, Instant occurredAt) implements RegistrationEvent {

        @Override
        public boolean tookSeats() {
            return true;
        }
    }

    record Cancelled(Registration registration, boolean wasConfirmed, SeatCount seats, Instant occurredAt)
        implements RegistrationEvent {

        @Override
        public boolean gaveUpSeats() {
            return wasConfirmed;
        }
    }
}
