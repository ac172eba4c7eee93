package no.samskap.contract.organisations;

import java.time.Instant;

/** A volunteer withdrew their profile; they are no longer found or contacted as a volunteer. */
public record VolunteerWithdrawn(String volunteerId, Instant withdrawnAt) {
}
