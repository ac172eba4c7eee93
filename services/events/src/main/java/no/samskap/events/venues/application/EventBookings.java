package no.samskap.events.venues.application;

import jakarta.inject.Singleton;
import no.samskap.events.events.application.EventLifecycleListener;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.venues.domain.Booking;
import no.samskap.events.venues.domain.Bookings;
import no.samskap.events.venues.domain.Schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A published event holds its venue with a booking of its own, in the transaction of the event's change: publishing
 * books the venue, moving a published event books it anew, cancelling releases it. A clash with an approved booking
 * refuses the event's change, naming the venue.
 */
@Singleton
class EventBookings implements EventLifecycleListener {

    static final String MOVED = "the event moved to another time or venue";

    private final Bookings bookings;
    private final Clashes clashes;
    private final VenueMessages messages;
    private final Clock clock;

    EventBookings(Bookings bookings, Clashes clashes, VenueMessages messages, Clock clock) {
        this.bookings = bookings;
        this.clashes = clashes;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void publishing(Event event, String by, Instant at) {
        book(event, by, at);
    }

    @Override
    public void describing(Event before, Event after) {
        if (after.status() != EventStatus.PUBLISHED || sameVenueAndTimes(before, after)) {
            return;
        }
        var at = clock.instant();
        release(after, MOVED, after.createdBy(), at);
        book(after, after.createdBy(), at);
    }

    @Override
    public void cancelled(Event event, String reason, Instant at) {
        release(event, reason, event.createdBy(), at);
    }

    private void book(Event event, String by, Instant at) {
        var d = event.description();
        if (d.venue() == null) {
            return;
        }
        bookings.lockVenue(d.venue().id());
        var booked = Booking.forEvent(UUID.randomUUID(), d.venue().id(), event.municipality(), event.id().value(),
            d.title(), new Schedule.OneOff(d.startsAt(), d.endsAt()), by, at).booking();
        clashes.refuse(booked, "venueId");
        bookings.add(booked);
        messages.booked(booked, at);
    }

    private void release(Event event, String reason, String by, Instant at) {
        bookings.approvedForEvent(event.id().value()).ifPresent(booking -> {
            var cancelled = booking.cancel(reason, by, at);
            bookings.update(cancelled.booking());
            messages.cancelled(cancelled.booking(), cancelled.reason(), at);
        });
    }

    private static boolean sameVenueAndTimes(Event before, Event after) {
        var was = before.description();
        var is = after.description();
        return Objects.equals(was.venue() == null ? null : was.venue().id(), is.venue() == null ? null
            : is.venue().id()) && was.startsAt().equals(is.startsAt()) && was.endsAt().equals(is.endsAt());
    }
}
