package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.samskap.contract.organisations.VolunteerCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request loader against a stand-in gateway board and organisations service that keep requests and interest;
 * and the demo requests, in both municipalities, by the associations' admins or the municipality's staff.
 */
class HelpRequestSeedLoaderTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    private static final String IDEA = "Åpen scene for unge i kulturhuset";
    private static final DemoHelpRequest STREAMING = new DemoHelpRequest("Polarsirkelen eSport",
        "rana-association-admin", "1833", IDEA, "Strømming av åpen scene", "Kulturhuset i Mo", 14, "18:30", 3.5,
        List.of("digital-streaming"), List.of("rana-resident-2"));
    private static final DemoHelpRequest BYPARKEN = new DemoHelpRequest(null, "rana-staff", "1833", null,
        "Vakter i Byparken", "Byparken", 21, "11:00", 6, List.of("vakt"), List.of());

    private final List<ObjectNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> interest = new CopyOnWriteArrayList<>();
    private StandIn service;

    @BeforeEach
    void start() {
        service = StandIn.start(this::answer);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void theAdminPostsForTheAssociationStaffForTheMunicipalityAndTheInterestedShowInterest() {
        var outcome = loader().load(List.of(STREAMING, BYPARKEN), TODAY);

        assertEquals(new HelpRequestSeedLoader.Outcome(2, 1), outcome);
        assertTrue(service.calls.containsAll(List.of("POST /help-requests as rana-association-admin",
            "POST /help-requests as rana-staff", "POST /help-requests/request-1/interest as rana-resident-2")),
            service.calls.toString());
        var streaming = requests.get(0);
        assertEquals("assoc-1", streaming.get("associationId").asText());
        assertEquals("idea-17", streaming.get("ideaId").asText());
        assertEquals("2026-12-20T17:30:00Z", streaming.get("startsAt").asText(), "18:30 Norwegian winter time");
        assertEquals("2026-12-20T21:00:00Z", streaming.get("endsAt").asText());
        assertFalse(requests.get(1).has("associationId"), "staff ask for the municipality");
        assertFalse(requests.get(1).has("ideaId"));
    }

    @Test
    void loadingTwiceChangesNothingTheSecondTime() {
        loader().load(List.of(STREAMING, BYPARKEN), TODAY);
        service.calls.clear();

        var second = loader().load(List.of(STREAMING, BYPARKEN), TODAY);

        assertEquals(new HelpRequestSeedLoader.Outcome(0, 0), second);
        assertTrue(service.calls.stream().allMatch(call -> call.startsWith("GET ")), "only reads: " + service.calls);
    }

    @Test
    void namesTheIdeaThatIsNotOnTheBoard() {
        var elsewhere = new DemoHelpRequest("Polarsirkelen eSport", "rana-association-admin", "1833",
            "Ingen slik idé", "Oppgave", "Sted", 3, "12:00", 1, List.of("kafe"), List.of());

        var failure = assertThrows(SeedException.class, () -> loader().load(List.of(elsewhere), TODAY));

        assertTrue(failure.getMessage().contains("'Ingen slik idé' on the board of 1833"), failure.getMessage());
    }

    @Test
    void theDemoRequestsAreInBothMunicipalitiesInTheFutureAndPostedByWhoMay() {
        var all = DemoIdeas.helpRequests();
        var onBoard = DemoIdeas.all().stream().filter(idea -> idea.endsOnTheBoard() && !idea.withdrawn())
            .map(idea -> idea.municipality() + " " + idea.title()).collect(Collectors.toSet());
        var residents = DemoIdeas.associations().stream()
            .flatMap(association -> Stream.concat(Stream.of(association.admin()), association.members().stream()))
            .collect(Collectors.toSet());

        assertEquals(Set.of("1833", "4618"), all.stream().map(DemoHelpRequest::municipality).collect(Collectors.toSet()));
        assertTrue(all.stream().anyMatch(request -> request.association() == null), "the staff ask too");
        assertTrue(all.stream().anyMatch(request -> !request.interested().isEmpty()), "someone has shown interest");
        for (var request : all) {
            assertTrue(request.startsOn(TODAY).isAfter(Instant.parse("2026-12-06T23:00:00Z")), request.task());
            assertTrue(request.endsOn(TODAY).isAfter(request.startsOn(TODAY)), request.task());
            assertFalse(request.skills().isEmpty(), request.task());
            assertTrue(VolunteerCodes.SKILLS.containsAll(request.skills()), request.skills().toString());
            assertTrue(request.idea() == null || onBoard.contains(request.municipality() + " " + request.idea()),
                request.idea());
            if (request.association() == null) {
                assertEquals(request.municipality().equals("1833") ? "rana-staff" : "ullensvang-staff",
                    request.poster());
            } else {
                var association = DemoIdeas.associations().stream()
                    .filter(candidate -> candidate.name().equals(request.association())).findFirst().orElseThrow();
                assertEquals(Set.of(association.admin(), association.municipality()),
                    Set.of(request.poster(), request.municipality()), request.association());
            }
            request.interested().forEach(volunteer -> {
                assertTrue(residents.contains(volunteer) && !volunteer.equals(request.poster()), volunteer);
                assertTrue(volunteer.startsWith(request.municipality().equals("1833") ? "rana-" : "ullensvang-"),
                    volunteer + " lives where the request is");
            });
        }
    }

    private HelpRequestSeedLoader loader() {
        var endpoints = new SeedLoader.Endpoints(service.tokenUrl(), "samskap-test-cli", service.base(),
            service.base());
        return new HelpRequestSeedLoader(endpoints, service.base(), user -> "demo-" + user);
    }

    private StandIn.Answer answer(String method, String path, String user, JsonNode body) {
        var json = StandIn.JSON;
        if (path.equals("/api/ideas")) {
            var board = json.createObjectNode();
            board.putArray("ideas").addObject().put("id", "idea-17").put("title", IDEA);
            return StandIn.Answer.ok(board.putNull("next"));
        }
        if (path.equals("/me/associations")) {
            return StandIn.Answer.ok(json.createArrayNode().add(json.createObjectNode()
                .put("associationId", "assoc-1").put("name", "Polarsirkelen eSport")));
        }
        if (path.equals("/help-requests") && method.equals("GET")) {
            return StandIn.Answer.ok(json.createArrayNode().addAll(requests));
        }
        if (path.equals("/help-requests")) {
            var request = ((ObjectNode) body.deepCopy()).put("id", "request-" + (requests.size() + 1));
            requests.add(request);
            return new StandIn.Answer(201, request.toString());
        }
        if (path.endsWith("/interest")) {
            interest.add(user + " " + path);
            return StandIn.Answer.ok(json.createObjectNode());
        }
        if (path.equals("/me/help-requests")) {
            var theirs = json.createArrayNode();
            interest.stream().filter(shown -> shown.startsWith(user + " ")).forEach(shown -> theirs.addObject()
                .putObject("request").put("id", shown.replaceAll(".*/help-requests/([^/]+)/interest", "$1")));
            return StandIn.Answer.ok(theirs);
        }
        return new StandIn.Answer(404, "{}");
    }
}
