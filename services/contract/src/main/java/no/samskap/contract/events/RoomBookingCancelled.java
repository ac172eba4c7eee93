package no.samskap.contract.events;

import java.time.Instant;

/** A booking was cancelled; the room is free again at those times. */
public record RoomBookingCancelled(String bookingId, String venueId, String reason, Instant cancelledAt) {
}
