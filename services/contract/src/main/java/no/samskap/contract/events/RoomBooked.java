package no.samskap.contract.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A venue is booked from {@code startsAt} to {@code endsAt}, and when {@code weeklyUntil} is set, the same hours
 * every week up to and including that date. It is for an association ({@code associationId}) or an event
 * ({@code eventId}); the room's public calendar shows who only when it is an association.
 */
public record RoomBooked(String bookingId, String venueId, String associationId, String eventId, String purpose,
                         Instant startsAt, Instant endsAt, LocalDate weeklyUntil, Instant bookedAt) {
}
