package no.samskap.organisations.volunteers.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.volunteers.domain.FoundVolunteer;

import java.util.List;

/**
 * The volunteers a search found. {@code displayName} is the name they last signed in with, null for a volunteer the
 * service has no name for; the gateway then shows the id.
 */
@Serdeable
record FoundVolunteers(List<Found> volunteers) {

    @Serdeable
    record Found(String volunteerId, @Nullable String displayName, List<String> skills, List<String> availability,
                 List<String> languages, String ageBand) {
    }

    static FoundVolunteers of(List<FoundVolunteer> found) {
        return new FoundVolunteers(found.stream().map(volunteer -> {
            var details = volunteer.profile().details();
            return new Found(volunteer.profile().personId(), volunteer.displayName(), details.skills(),
                details.availability(), details.languages(), details.ageBand());
        }).toList());
    }
}
