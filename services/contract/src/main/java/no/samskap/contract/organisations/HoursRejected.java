package no.samskap.contract.organisations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Logged hours were rejected; the reason reaches the volunteer only, not the wire.
 * {@code offerId} is null for hours of a shift at an event (see {@link HoursLogged}).
 */
public record HoursRejected(String entryId, String offerId, String associationId, String volunteerId, LocalDate date,
                            double hours, String rejectedBy, Instant rejectedAt) {
}
