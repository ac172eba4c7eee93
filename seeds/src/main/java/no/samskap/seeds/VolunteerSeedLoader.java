package no.samskap.seeds;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

/**
 * Gives the demo users their volunteer profiles, each as themselves. A person who has a profile already keeps it as
 * it is (their own changes survive a restart), so loading twice changes nothing.
 */
public final class VolunteerSeedLoader {

    public record Outcome(int created, int alreadyThere) {
    }

    private static final String PROFILE = "/me/volunteer";

    private final URI organisations;
    private final SeedClient client;

    public VolunteerSeedLoader(URI tokenUrl, String clientId, URI organisations, Function<String, String> passwordOf) {
        this.organisations = organisations;
        this.client = new SeedClient(tokenUrl, clientId, passwordOf);
    }

    public Outcome load(List<DemoVolunteer> volunteers) {
        var created = 0;
        for (var volunteer : volunteers) {
            if (hasProfile(volunteer.person())) {
                continue;
            }
            var body = new LinkedHashMap<String, Object>();
            body.put("skills", volunteer.skills());
            body.put("availability", volunteer.availability());
            body.put("availabilityNote", volunteer.availabilityNote());
            body.put("languages", volunteer.languages());
            body.put("contactConsent", volunteer.contactConsent());
            body.put("ageBand", volunteer.ageBand());
            client.call(organisations, "the volunteer profile of " + volunteer.person(), "create", volunteer.person(),
                "PUT", PROFILE, body);
            created++;
        }
        return new Outcome(created, volunteers.size() - created);
    }

    private boolean hasProfile(String person) {
        var response = client.exchange(organisations, person, "GET", PROFILE, null);
        if (response.statusCode() == 404) {
            return false;
        }
        if (response.statusCode() != 200) {
            throw new SeedException("Could not read the volunteer profile of " + person + ": HTTP "
                + response.statusCode() + " " + response.body());
        }
        return true;
    }
}
