package no.samskap.contract.events;

import java.time.Instant;

/**
 * A volunteer shift at an event: {@code role} in the organisers' words, {@code needed} volunteers, a
 * {@code minimumAge} (null when none) and whether a sighted politiattest is required to sign up.
 */
public record ShiftCreated(String eventId, String shiftId, String role, Instant startsAt, Instant endsAt,
                           int needed, Integer minimumAge, boolean attestRequired, Instant createdAt) {
}
