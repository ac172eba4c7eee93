package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The volunteer and politiattest loaders against a stand-in organisations service that keeps profiles, officers and
 * sightings; and the demo data for them, consistent with the demo associations and within the service's codes.
 */
class VolunteerAndAttestSeedLoadersTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    // The service's codes (VolunteerCodes in the contract); seeds must not depend on it.
    private static final Set<String> SKILLS = Set.of("lyd-lys", "scene", "kafe", "vakt", "instruktor", "transport",
        "markedsforing", "digital-streaming", "rigging", "billettsalg", "forstehjelp", "barn-og-unge", "annet");
    private static final Set<String> AVAILABILITY = Set.of("weekdays", "evenings", "weekends", "holidays");
    private static final Set<String> AGE_BANDS = Set.of("18-25", "26-66", "67-plus");
    private static final Set<String> ATTEST_ROLES = Set.of("barn-og-unge", "personer-med-utviklingshemming");
    private static final DemoVolunteer OLA = new DemoVolunteer("rana-resident-2", List.of("lyd-lys"),
        List.of("evenings"), "Kveldstid", List.of("nb"), true, "18-25");
    private static final DemoAttests KORPS = new DemoAttests("Ranelva Skolekorps", "rana-association-admin",
        "rana-association-admin", "rana-resident", List.of(new DemoAttests.Sighting("rana-resident-2",
        "rana-association-admin", "barn-og-unge", "Instruktør", 90, 3)));

    private final Set<String> profiles = ConcurrentHashMap.newKeySet();
    private final Map<String, String> officers = new ConcurrentHashMap<>();
    private final List<JsonNode> sightings = new CopyOnWriteArrayList<>();
    private final Map<String, String> members = Map.of("rana-association-admin", "p-siri", "rana-resident", "p-ingrid",
        "rana-resident-2", "p-ola");
    private StandIn service;

    @BeforeEach
    void start() {
        service = StandIn.start(this::organisations);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void eachVolunteerFillsInTheirOwnProfileOnce() {
        var first = volunteers().load(List.of(OLA));
        service.calls.clear();
        var second = volunteers().load(List.of(OLA));

        assertEquals(new VolunteerSeedLoader.Outcome(1, 0), first);
        assertEquals(new VolunteerSeedLoader.Outcome(0, 1), second);
        assertEquals(List.of("GET /me/volunteer as rana-resident-2"), service.calls);
        var body = service.bodies.get(0);
        assertEquals("18-25", body.get("ageBand").asText());
        assertTrue(body.get("contactConsent").asBoolean());
    }

    @Test
    void theAdminAppointsTheOfficersAndAnOfficerRecordsTheSightingByPersonIdOnce() {
        var first = attests().load(List.of(KORPS), TODAY);
        service.calls.clear();
        var second = attests().load(List.of(KORPS), TODAY);

        assertEquals(new AttestSeedLoader.Outcome(1, 1), first);
        assertEquals(new AttestSeedLoader.Outcome(0, 0), second);
        assertTrue(service.calls.stream().allMatch(call -> call.startsWith("GET ")), "only reads: " + service.calls);
        assertEquals("p-siri p-ingrid", officers.get("assoc-1"));
        var sighting = sightings.get(0);
        assertEquals("p-ola", sighting.get("volunteerId").asText());
        assertEquals("2026-09-07", sighting.get("seenOn").asText());
        assertEquals(3, sighting.get("validYears").asInt());
        assertEquals(Set.of("volunteerId", "role", "roleName", "seenOn", "validYears"),
            namesOf(sighting.fieldNames()), "nothing of the certificate itself");
    }

    @Test
    void namesThePersonWhoIsNotAMember() {
        var stranger = new DemoAttests("Ranelva Skolekorps", "rana-association-admin", "rana-association-admin",
            "rana-staff", List.of());

        var failure = assertThrows(SeedException.class, () -> attests().load(List.of(stranger), TODAY));

        assertTrue(failure.getMessage().contains("rana-staff is not a member of 'Ranelva Skolekorps'"),
            failure.getMessage());
    }

    @Test
    void theDemoVolunteersAreAdultsWhoConsentedWithTheServicesCodes() {
        var volunteers = DemoIdeas.volunteers();

        assertTrue(volunteers.size() >= 3, "a few volunteers");
        for (var volunteer : volunteers) {
            assertTrue(SKILLS.containsAll(volunteer.skills()) && !volunteer.skills().isEmpty(), volunteer.person());
            assertTrue(AVAILABILITY.containsAll(volunteer.availability()), volunteer.person());
            assertTrue(AGE_BANDS.contains(volunteer.ageBand()), volunteer.person());
            assertTrue(volunteer.contactConsent(), volunteer.person());
        }
    }

    @Test
    void officersAndThePeopleTheySawAreMembersAndThoseSeenHaveAProfile() {
        var withProfile = DemoIdeas.volunteers().stream().map(DemoVolunteer::person).collect(Collectors.toSet());
        for (var attests : DemoIdeas.attests()) {
            var association = DemoIdeas.associations().stream()
                .filter(candidate -> candidate.name().equals(attests.association())).findFirst().orElseThrow();
            var people = Stream.concat(Stream.of(association.admin()), association.members().stream())
                .collect(Collectors.toSet());
            assertEquals(association.admin(), attests.admin(), attests.association());
            assertTrue(people.containsAll(Set.of(attests.responsible(), attests.deputy())), attests.association());
            assertTrue(!attests.responsible().equals(attests.deputy()), attests.association());
            for (var sighting : attests.sightings()) {
                assertTrue(people.contains(sighting.volunteer()) && withProfile.contains(sighting.volunteer()),
                    sighting.volunteer());
                assertTrue(Set.of(attests.responsible(), attests.deputy()).contains(sighting.seenBy()),
                    sighting.seenBy());
                assertTrue(ATTEST_ROLES.contains(sighting.role()), sighting.role());
                assertTrue(sighting.seenDaysAgo() >= 0 && sighting.seenDaysAgo() < sighting.validYears() * 365,
                    "still valid when loaded: " + attests.association());
            }
        }
    }

    private VolunteerSeedLoader volunteers() {
        return new VolunteerSeedLoader(service.tokenUrl(), "samskap-test-cli", service.base(), user -> "demo-" + user);
    }

    private AttestSeedLoader attests() {
        return new AttestSeedLoader(service.tokenUrl(), "samskap-test-cli", service.base(), user -> "demo-" + user);
    }

    private StandIn.Answer organisations(String method, String path, String user, JsonNode body) {
        var json = StandIn.JSON;
        if (path.equals("/me/volunteer")) {
            if (method.equals("PUT")) {
                profiles.add(user);
                return StandIn.Answer.ok(body);
            }
            return profiles.contains(user) ? StandIn.Answer.ok("{}") : new StandIn.Answer(404, "{}");
        }
        if (path.equals("/me/associations")) {
            return StandIn.Answer.ok(json.createArrayNode().add(json.createObjectNode()
                .put("associationId", "assoc-1").put("name", "Ranelva Skolekorps")));
        }
        if (path.endsWith("/members")) {
            var list = json.createArrayNode();
            members.forEach((username, id) -> list.addObject().put("username", username).put("personId", id));
            return StandIn.Answer.ok(list);
        }
        if (path.endsWith("/attest-officers")) {
            if (method.equals("PUT")) {
                officers.put("assoc-1", body.get("responsibleId").asText() + " " + body.get("deputyId").asText());
            }
            return officers.containsKey("assoc-1") ? StandIn.Answer.ok("{}") : new StandIn.Answer(404, "{}");
        }
        if (path.endsWith("/attest-sightings")) {
            if (method.equals("POST")) {
                sightings.add(body);
                return new StandIn.Answer(201, body.toString());
            }
            var recorded = json.createArrayNode().addAll(sightings);
            return StandIn.Answer.ok(json.createObjectNode().set("sightings", recorded));
        }
        return new StandIn.Answer(404, "{}");
    }

    private static Set<String> namesOf(Iterator<String> fields) {
        var names = new HashSet<String>();
        fields.forEachRemaining(names::add);
        return names;
    }
}
