package no.samskap.contract.organisations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A volunteer logged {@code hours} (quarter hours, 0.25 to 24) worked on {@code date} in {@code role} against an
 * accepted offer of help; {@code associationId} is the association that approves them, null when the municipality's
 * staff do (the volunteer's own offer). The volunteer's note stays in the service.
 * <p>
 * Hours of a shift the volunteer was checked in for at an event (added in v1, additively) carry {@code eventId} and
 * {@code shiftId} instead of an offer: {@code offerId} is then null. Both are null for hours against an offer.
 */
public record HoursLogged(String entryId, String offerId, String associationId, String volunteerId, LocalDate date,
                          double hours, String role, Instant loggedAt, String eventId, String shiftId) {
}
