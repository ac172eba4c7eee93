package no.samskap.contract.organisations;

import java.time.Instant;
import java.util.List;

/** A volunteer replaced their profile; the payload is the whole profile as it now is (note left out). */
public record VolunteerUpdated(String volunteerId, List<String> skills, List<String> availability,
                               List<String> languages, String ageBand, boolean contactConsent, Instant updatedAt) {
}
