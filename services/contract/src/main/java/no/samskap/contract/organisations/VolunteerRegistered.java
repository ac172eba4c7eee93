package no.samskap.contract.organisations;

import java.time.Instant;
import java.util.List;

/**
 * A person made a volunteer profile: codes from {@link VolunteerCodes}, ISO 639-1 language codes, whether they agree
 * to be contacted, and their age band. The profile's free-text note never travels.
 */
public record VolunteerRegistered(String volunteerId, List<String> skills, List<String> availability,
                                  List<String> languages, String ageBand, boolean contactConsent,
                                  Instant registeredAt) {
}
