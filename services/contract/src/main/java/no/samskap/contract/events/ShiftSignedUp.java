package no.samskap.contract.events;

import java.time.Instant;

/**
 * A volunteer signed up for a shift, for {@code associationId} (null when on their own); {@code waiting} when the
 * shift was full and they joined its waitlist. {@code volunteerId} is the person's subject id, so the organisations
 * service can keep their record of work; it is never shown publicly.
 */
public record ShiftSignedUp(String eventId, String shiftId, String volunteerId, String associationId,
                            boolean waiting, int filled, int needed, Instant signedUpAt) {
}
