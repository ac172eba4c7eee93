package no.samskap.contract.events;

import java.time.Instant;

/**
 * A volunteer left a shift, or its waitlist. When they had a place and someone waited, the first waiting was moved
 * into it at once: {@code movedInId} (subject id; null when nobody was). {@code filled} counts the places taken after.
 */
public record ShiftLeft(String eventId, String shiftId, String volunteerId, String movedInId, int filled, int needed,
                        Instant leftAt) {
}
