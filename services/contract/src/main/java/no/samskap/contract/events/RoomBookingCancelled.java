package no.samskap.contract.events;

import java.time.Instant;

/**
 * A booking was cancelled; the room is free again at those times. Also sent when a request that was never booked is
 * withdrawn: a reader that knows only bookings finds no such booking and ignores it.
 */
public record RoomBookingCancelled(String bookingId, String venueId, String reason, Instant cancelledAt) {
}
