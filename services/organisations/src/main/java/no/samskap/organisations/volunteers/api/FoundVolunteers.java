package no.samskap.organisations.volunteers.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.volunteers.domain.VolunteerProfile;

import java.util.List;

/**
 * The volunteers a search found. {@code displayName} is null until the service keeps people's names; the gateway
 * then shows the id.
 */
@Serdeable
record FoundVolunteers(List<Found> volunteers) {

    @Serdeable
    record Found(String volunteerId, @Nullable String displayName, List<String> skills, List<String> availability,
                 List<String> languages, String ageBand) {
    }

    static FoundVolunteers of(List<VolunteerProfile> profiles) {
        return new FoundVolunteers(profiles.stream().map(profile -> new Found(profile.personId(), null,
            profile.details().skills(), profile.details().availability(), profile.details().languages(),
            profile.details().ageBand())).toList());
    }
}
