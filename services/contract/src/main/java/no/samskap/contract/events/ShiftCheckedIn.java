package no.samskap.contract.events;

import java.time.Instant;

/**
 * A volunteer was checked in for a shift at the event. The organisations service logs the shift's hours for
 * {@code volunteerId} (subject id) with {@code associationId} (null when on their own) from it.
 */
public record ShiftCheckedIn(String eventId, String shiftId, String volunteerId, String associationId, String role,
                             Instant startsAt, Instant endsAt, Instant checkedInAt) {
}
