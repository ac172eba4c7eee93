package no.samskap.seeds;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static no.samskap.seeds.DemoAssociationLookup.elements;

/**
 * Has each demo association's admin appoint its politiattest officers, and the officers record the sightings of the
 * demo data ("seen by ... on ..."; never the certificate). Officers already appointed are left as they are, and a
 * sighting is recorded only when the association has none for that volunteer and role, so loading twice changes
 * nothing. Runs after the members and the volunteer profiles: officers and the people seen must be members, and the
 * people seen must have a profile stating their age band.
 */
public final class AttestSeedLoader {

    public record Outcome(int officersAppointed, int sightingsRecorded) {
    }

    private final URI organisations;
    private final SeedClient client;
    private final DemoAssociationLookup lookup;

    public AttestSeedLoader(URI tokenUrl, String clientId, URI organisations, Function<String, String> passwordOf) {
        this.organisations = organisations;
        this.client = new SeedClient(tokenUrl, clientId, passwordOf);
        this.lookup = new DemoAssociationLookup(client, organisations);
    }

    public Outcome load(List<DemoAttests> all, LocalDate today) {
        var appointed = 0;
        var recorded = 0;
        for (var attests : all) {
            var id = lookup.idOf(attests.association(), attests.admin());
            var people = lookup.personIdsIn(id, attests.association(), attests.admin());
            if (appointUnlessAppointed(attests, id, people)) {
                appointed++;
            }
            for (var sighting : attests.sightings()) {
                if (recordUnlessRecorded(attests, id, people, sighting, today)) {
                    recorded++;
                }
            }
        }
        return new Outcome(appointed, recorded);
    }

    private boolean appointUnlessAppointed(DemoAttests attests, String id, Map<String, String> people) {
        var path = "/associations/" + id + "/attest-officers";
        var current = client.exchange(organisations, attests.admin(), "GET", path, null);
        if (current.statusCode() == 200) {
            return false;
        }
        if (current.statusCode() != 404) {
            throw new SeedException("Could not read the attest officers of '" + attests.association() + "': HTTP "
                + current.statusCode() + " " + current.body());
        }
        client.call(organisations, "'" + attests.association() + "'", "appoint the attest officers of",
            attests.admin(), "PUT", path, Map.of("responsibleId", personId(people, attests.responsible(), attests),
                "deputyId", personId(people, attests.deputy(), attests)));
        return true;
    }

    private boolean recordUnlessRecorded(DemoAttests attests, String id, Map<String, String> people,
                                         DemoAttests.Sighting sighting, LocalDate today) {
        var what = "'" + attests.association() + "'";
        var path = "/associations/" + id + "/attest-sightings";
        var volunteerId = personId(people, sighting.volunteer(), attests);
        var recorded = client.call(organisations, what, "read the sightings of", sighting.seenBy(), "GET", path, null);
        if (elements(recorded.path("sightings")).anyMatch(seen -> volunteerId.equals(seen.path("volunteerId").asText())
            && sighting.role().equals(seen.path("role").asText()))) {
            return false;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("volunteerId", volunteerId);
        body.put("role", sighting.role());
        body.put("roleName", sighting.roleName());
        body.put("seenOn", today.minusDays(sighting.seenDaysAgo()).toString());
        body.put("validYears", sighting.validYears());
        client.call(organisations, what, "record a sighting for", sighting.seenBy(), "POST", path, body);
        return true;
    }

    private static String personId(Map<String, String> people, String username, DemoAttests attests) {
        var id = people.get(username);
        if (id == null) {
            throw new SeedException(username + " is not a member of '" + attests.association() + "'");
        }
        return id;
    }
}
