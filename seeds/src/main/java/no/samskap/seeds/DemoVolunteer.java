package no.samskap.seeds;

import java.util.List;

/** A demo user's volunteer profile as they would fill it in on their own page. */
public record DemoVolunteer(String person, List<String> skills, List<String> availability, String availabilityNote,
                            List<String> languages, boolean contactConsent, String ageBand) {

    public DemoVolunteer {
        skills = skills == null ? List.of() : List.copyOf(skills);
        availability = availability == null ? List.of() : List.copyOf(availability);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
