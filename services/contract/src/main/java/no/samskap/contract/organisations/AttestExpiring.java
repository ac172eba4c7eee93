package no.samskap.contract.organisations;

import java.time.LocalDate;

/** The volunteer's sighting for {@code role} in the association ends on {@code validUntil}, 30 days from now. */
public record AttestExpiring(String associationId, String volunteerId, String role, LocalDate validUntil) {
}
