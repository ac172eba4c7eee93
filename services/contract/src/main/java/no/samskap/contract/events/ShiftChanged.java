package no.samskap.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * The organisers changed a shift's role, times or places. When more places are needed and volunteers waited, the
 * first waiting were moved into the new places at once: {@code movedInIds} (subject ids, empty when nobody was).
 * {@code filled} counts the places taken after; never fewer places than are taken.
 */
public record ShiftChanged(String eventId, String shiftId, String role, Instant startsAt, Instant endsAt, int needed,
                           int filled, List<String> movedInIds, Instant changedAt) {
}
