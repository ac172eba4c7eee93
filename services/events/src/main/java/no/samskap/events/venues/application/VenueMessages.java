package no.samskap.events.venues.application;

import no.samskap.events.venues.domain.Booking;
import no.samskap.events.venues.domain.Venue;

import java.time.Instant;

/** Where venue and booking messages go: the outbox, in the transaction of the change. */
public interface VenueMessages {

    void described(Venue venue);

    void requested(Booking booking);

    void declined(Booking booking, Instant at);

    void booked(Booking booking, Instant at);

    void cancelled(Booking booking, String reason, Instant at);
}
