package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the member loader against a stand-in Keycloak and organisations service on 127.0.0.1 that keeps what it is
 * told: who is a member of what, and which invitations are open.
 */
class MemberSeedLoaderTest {

    private static final JsonMapper JSON = StandIn.JSON;
    private static final DemoAssociation CHOIR = association("Svartisen Sangkor", List.of("rana-resident",
        "rana-resident-2"), false);

    /** Association id by name, and the people in each. */
    private final Map<String, String> ids = new ConcurrentHashMap<>(Map.of("Svartisen Sangkor", "assoc-1"));
    private final Map<String, Set<String>> membersOf = new ConcurrentHashMap<>();
    /** Open invitations: id to "association invitee". */
    private final Map<String, String> invitations = new ConcurrentHashMap<>();
    private StandIn service;
    private List<String> calls;
    private List<JsonNode> bodies;

    @BeforeEach
    void start() {
        membersOf.put("assoc-1", new HashSet<>(Set.of("rana-association-admin")));
        service = StandIn.start(this::organisations);
        calls = service.calls;
        bodies = service.bodies;
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void theAdminInvitesEachMemberByUsernameAndTheMemberAccepts() {
        var outcome = loader().load(List.of(CHOIR));

        assertEquals(new MemberSeedLoader.Outcome(2, 0), outcome);
        assertEquals(Set.of("rana-association-admin", "rana-resident", "rana-resident-2"), membersOf.get("assoc-1"));
        assertTrue(calls.containsAll(List.of("POST /associations/assoc-1/invitations as rana-association-admin",
            "POST /invitations/invitation-1/acceptance as rana-resident")), calls.toString());
        assertEquals("rana-resident", bodies.stream().filter(body -> body.has("invitee")).findFirst().orElseThrow()
            .get("invitee").asText());
    }

    @Test
    void theMemberIsAskedBeforeTheInvitationSoTheServiceHasSeenThem() {
        loader().load(List.of(CHOIR));

        assertTrue(calls.indexOf("GET /me/associations as rana-resident")
            < calls.indexOf("POST /associations/assoc-1/invitations as rana-association-admin"), calls.toString());
    }

    @Test
    void anInvitationAlreadyOpenIsAcceptedRatherThanSentAgain() {
        invitations.put("invitation-9", "assoc-1 rana-resident");

        loader().load(List.of(association("Svartisen Sangkor", List.of("rana-resident"), false)));

        assertTrue(calls.contains("POST /invitations/invitation-9/acceptance as rana-resident"), calls.toString());
        assertTrue(calls.stream().noneMatch(call -> call.startsWith("POST /associations/")), calls.toString());
    }

    @Test
    void loadingTheMembersTwiceChangesNothingTheSecondTime() {
        loader().load(List.of(CHOIR));
        calls.clear();

        var second = loader().load(List.of(CHOIR));

        assertEquals(new MemberSeedLoader.Outcome(0, 2), second);
        assertTrue(calls.stream().allMatch(call -> call.startsWith("GET ")), "only reads: " + calls);
    }

    @Test
    void leavesOutTheAssociationLeftForTheWalkThrough() {
        var outcome = loader().load(List.of(association("Helgeland Trekkspillklubb", List.of("rana-resident"), true)));

        assertEquals(new MemberSeedLoader.Outcome(0, 0), outcome);
        assertEquals(List.of(), calls);
    }

    @Test
    void namesTheAssociationWhenItsAdminDoesNotHaveIt() {
        var failure = assertThrows(SeedException.class, () -> loader().load(List.of(
            association("Mo Amatørteater", List.of("rana-resident-2"), false))));

        assertTrue(failure.getMessage().contains("'Mo Amatørteater'"), failure.getMessage());
    }

    @Test
    void theDemoDataNamesMembersOfTheAssociationsMunicipalityOtherThanItsAdmin() {
        var withMembers = DemoIdeas.associations().stream().filter(association -> !association.members().isEmpty())
            .toList();

        assertTrue(withMembers.size() >= 3, "members in a few associations");
        for (var association : withMembers) {
            var prefix = association.municipality().equals("1833") ? "rana-" : "ullensvang-";
            assertTrue(association.members().stream().allMatch(person -> person.startsWith(prefix)
                && !person.equals(association.admin()) && !person.endsWith("-staff")), association.name());
        }
        assertEquals(1, DemoIdeas.associations().stream().filter(DemoAssociation::leftForTheWalkThrough).count());
    }

    private static DemoAssociation association(String name, List<String> members, boolean leftForTheWalkThrough) {
        return new DemoAssociation("1833", "915300006", name, "kor", "Kor", null, "rana-association-admin", true,
            members, leftForTheWalkThrough);
    }

    private MemberSeedLoader loader() {
        return new MemberSeedLoader(service.tokenUrl(), "samskap-test-cli", service.base(), user -> "demo-" + user);
    }

    private StandIn.Answer organisations(String method, String path, String user, JsonNode body) {
        if (path.equals("/me/associations")) {
            var mine = JSON.createArrayNode();
            ids.forEach((name, id) -> {
                if (membersOf.get(id).contains(user)) {
                    mine.addObject().put("associationId", id).put("name", name);
                }
            });
            return StandIn.Answer.ok(mine);
        }
        if (path.equals("/me/invitations")) {
            return StandIn.Answer.ok(invitationsOf(user));
        }
        if (path.endsWith("/invitations")) {
            var id = "invitation-" + (invitations.size() + 1);
            invitations.put(id, path.split("/")[2] + " " + body.get("invitee").asText());
            return new StandIn.Answer(201, "{\"id\":\"" + id + "\"}");
        }
        if (path.endsWith("/acceptance")) {
            var invitation = invitations.remove(path.split("/")[2]).split(" ");
            membersOf.get(invitation[0]).add(invitation[1]);
            return StandIn.Answer.ok("{\"associationId\":\"" + invitation[0] + "\"}");
        }
        return new StandIn.Answer(404, "{}");
    }

    private ArrayNode invitationsOf(String user) {
        var open = JSON.createArrayNode();
        invitations.forEach((id, what) -> {
            var parts = what.split(" ");
            if (parts[1].equals(user)) {
                open.addObject().put("id", id).put("associationId", parts[0]);
            }
        });
        return open;
    }
}
