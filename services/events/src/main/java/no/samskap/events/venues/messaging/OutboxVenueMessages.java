package no.samskap.events.venues.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.RoomBooked;
import no.samskap.contract.events.RoomBookingCancelled;
import no.samskap.contract.events.RoomBookingDeclined;
import no.samskap.contract.events.RoomBookingRequested;
import no.samskap.contract.events.VenueDescribed;
import no.samskap.events.venues.application.VenueMessages;
import no.samskap.events.venues.domain.Booking;
import no.samskap.events.venues.domain.Schedule;
import no.samskap.events.venues.domain.Venue;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Venue and booking messages of the public contract, keyed by the venue's id, into the outbox. */
@Singleton
class OutboxVenueMessages implements VenueMessages {

    private final Outbox outbox;

    OutboxVenueMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void described(Venue venue) {
        var d = venue.description();
        append(EventsMessages.VENUE_DESCRIBED, venue.municipality().value(), venue.id(), venue.describedAt(),
            new VenueDescribed(venue.id().toString(), d.name(), d.address(), d.capacity(), d.accessibility(),
                d.lent(), venue.describedAt()));
    }

    @Override
    public void requested(Booking booking) {
        var first = booking.schedule().first();
        append(EventsMessages.ROOM_BOOKING_REQUESTED, booking.municipality().value(), booking.venueId(),
            booking.appliedAt(), new RoomBookingRequested(booking.id().toString(), booking.venueId().toString(),
                text(booking.holder().associationId()), booking.childrenAndYouth(), first.startsAt(), first.endsAt(),
                weeklyUntil(booking), booking.appliedAt()));
    }

    @Override
    public void declined(Booking booking, Instant at) {
        append(EventsMessages.ROOM_BOOKING_DECLINED, booking.municipality().value(), booking.venueId(), at,
            new RoomBookingDeclined(booking.id().toString(), booking.venueId().toString(),
                text(booking.holder().associationId()), at));
    }

    @Override
    public void booked(Booking booking, Instant at) {
        var first = booking.schedule().first();
        var until = weeklyUntil(booking);
        append(EventsMessages.ROOM_BOOKED, booking.municipality().value(), booking.venueId(), at,
            new RoomBooked(booking.id().toString(), booking.venueId().toString(), text(booking.holder()
                .associationId()), text(booking.holder().eventId()), booking.purpose(), first.startsAt(),
                first.endsAt(), until, at));
    }

    @Override
    public void cancelled(Booking booking, String reason, Instant at) {
        append(EventsMessages.ROOM_BOOKING_CANCELLED, booking.municipality().value(), booking.venueId(), at,
            new RoomBookingCancelled(booking.id().toString(), booking.venueId().toString(), reason, at));
    }

    private <P> void append(MessageType<P> type, String municipality, UUID venueId, Instant at, P payload) {
        outbox.append(new OutgoingMessage<>(type, UUID.randomUUID(), at, municipality, venueId.toString(), payload));
    }

    private static LocalDate weeklyUntil(Booking booking) {
        return booking.schedule().weekly().map(Schedule.Weekly::untilDate).orElse(null);
    }

    private static String text(UUID id) {
        return Optional.ofNullable(id).map(UUID::toString).orElse(null);
    }
}
