package no.samskap.events.venues.domain;

import java.time.Instant;

/** What happened to a booking; the application tells the outbox and the people concerned. */
public sealed interface BookingEvent {

    Booking booking();

    record Applied(Booking booking) implements BookingEvent {
    }

    record Approved(Booking booking, String by, Instant occurredAt) implements BookingEvent {
    }

    record Declined(Booking booking, String reason, String by, Instant occurredAt) implements BookingEvent {
    }

    record Cancelled(Booking booking, String reason, String by, Instant occurredAt) implements BookingEvent {
    }
}
