package no.samskap.contract.organisations;

import java.time.LocalDate;

/**
 * An association's attest officer saw the volunteer's politiattest for a role of kind {@code role} (a code of
 * {@link VolunteerCodes#ATTEST_ROLES}); the sighting holds up to the day before {@code validUntil}. Nothing of the
 * certificate travels.
 */
public record AttestSighted(String associationId, String volunteerId, String role, LocalDate validUntil) {
}
