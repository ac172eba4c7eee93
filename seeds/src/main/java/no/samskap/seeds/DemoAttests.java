package no.samskap.seeds;

import java.util.List;

/**
 * An association's politiattest officers, appointed by its admin, and the sightings they recorded: who was seen
 * ({@code volunteer}, a member with a volunteer profile), by which officer, for which role, how many days before the
 * load and valid for how many years. Never the certificate itself.
 */
public record DemoAttests(String association, String admin, String responsible, String deputy,
                          List<Sighting> sightings) {

    public record Sighting(String volunteer, String seenBy, String role, String roleName, int seenDaysAgo,
                           int validYears) {
    }

    public DemoAttests {
        sightings = sightings == null ? List.of() : List.copyOf(sightings);
    }
}
