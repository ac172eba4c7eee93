package no.samskap.contract.organisations;

import java.time.LocalDate;

/** The volunteer's sighting for {@code role} in the association ended on {@code validUntil}; it no longer holds. */
public record AttestExpired(String associationId, String volunteerId, String role, LocalDate validUntil) {
}
