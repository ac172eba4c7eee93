package no.samskap.gateway.events.venues;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.RoomBookingRequested;
import no.samskap.contract.events.VenueDescribed;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps the venues of each municipality as the events service describes them, and the applications for their rooms
 * while they wait for the staff: an application leaves the queue when it is booked, declined or withdrawn.
 */
@Singleton
class VenueProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    VenueProjection(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(EventsMessages.VENUE)
            .on(EventsMessages.VENUE_DESCRIBED, this::described)
            .on(EventsMessages.ROOM_BOOKING_REQUESTED, this::requested)
            .on(EventsMessages.ROOM_BOOKED, (envelope, booked) -> settled(booked.bookingId()))
            .on(EventsMessages.ROOM_BOOKING_DECLINED, (envelope, declined) -> settled(declined.bookingId()))
            .on(EventsMessages.ROOM_BOOKING_CANCELLED, (envelope, cancelled) -> settled(cancelled.bookingId()))
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from room_booking_request");
        sql.execute("delete from venue_directory");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void described(Envelope envelope, VenueDescribed venue) {
        sql.execute("""
                insert into venue_directory (id, municipality, name, address, capacity, accessibility, lent,
                                             described_at)
                values (?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?::timestamptz)
                on conflict (id) do update
                   set name = excluded.name, address = excluded.address, capacity = excluded.capacity,
                       accessibility = excluded.accessibility, lent = excluded.lent,
                       described_at = excluded.described_at""",
            UUID.fromString(venue.venueId()), envelope.municipality(), venue.name(), venue.address(),
            venue.capacity(), String.join(",", venue.accessibility()), venue.lent(), utc(venue.describedAt()));
    }

    private void requested(Envelope envelope, RoomBookingRequested request) {
        sql.execute("""
                insert into room_booking_request (id, venue_id, municipality, association_id, children_and_youth,
                                                  starts_at, ends_at, weekly_until, requested_at)
                values (?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?::timestamptz)
                on conflict (id) do nothing""",
            UUID.fromString(request.bookingId()), UUID.fromString(request.venueId()), envelope.municipality(),
            UUID.fromString(request.associationId()), request.childrenAndYouth(), utc(request.startsAt()),
            utc(request.endsAt()), request.weeklyUntil(), utc(request.requestedAt()));
    }

    private void settled(String bookingId) {
        sql.execute("delete from room_booking_request where id = ?", UUID.fromString(bookingId));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
