package no.samskap.contract.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An association asked to book a lent venue from {@code startsAt} to {@code endsAt}, and when {@code weeklyUntil} is
 * set, the same hours every week up to and including that date. It waits for the staff of the venue's municipality;
 * {@code childrenAndYouth} marks an activity for children and young people, which staff give priority. The purpose
 * the association gave stays in the service.
 */
public record RoomBookingRequested(String bookingId, String venueId, String associationId, boolean childrenAndYouth,
                                   Instant startsAt, Instant endsAt, LocalDate weeklyUntil, Instant requestedAt) {
}
