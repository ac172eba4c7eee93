package no.samskap.organisations.volunteers.api;

import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.volunteers.domain.VolunteerProfile;

import java.time.Instant;
import java.util.List;

/** A volunteer's own profile as they see it. */
@Serdeable
record VolunteerView(String volunteerId, String municipality, List<String> skills, List<String> availability,
                     String availabilityNote, List<String> languages, boolean contactConsent, String ageBand,
                     Instant registeredAt, Instant updatedAt) {

    static VolunteerView of(VolunteerProfile profile) {
        var details = profile.details();
        return new VolunteerView(profile.personId(), profile.municipality().value(), details.skills(),
            details.availability(), details.availabilityNote(), details.languages(), details.contactConsent(),
            details.ageBand(), profile.registeredAt(), profile.updatedAt());
    }
}
