package no.samskap.contract.organisations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An admin of the association (or the municipality's staff) approved logged hours; they count on the record.
 * {@code offerId} is null for hours of a shift at an event (see {@link HoursLogged}).
 */
public record HoursApproved(String entryId, String offerId, String associationId, String volunteerId, LocalDate date,
                            double hours, String approvedBy, Instant approvedAt) {
}
