package no.samskap.contract.events;

import java.time.Instant;

/** Staff declined an association's request for a room; their reason reached the association's admins only. */
public record RoomBookingDeclined(String bookingId, String venueId, String associationId, Instant declinedAt) {
}
