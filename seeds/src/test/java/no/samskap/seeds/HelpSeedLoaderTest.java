package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The help loader against a stand-in gateway board and organisations service that keep offers and hours; and the
 * demo offers, on ideas that reach the board, by associations whose members log the hours.
 */
class HelpSeedLoaderTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    private static final String IDEA = "Julekonsert med kulturskolen på sykehjemmene";
    private static final DemoHelp CHOIR = new DemoHelp("Svartisen Sangkor", "rana-association-admin", "1833", IDEA,
        "hours", 12.0, List.of("scene"), "Vi synger", true, List.of(
            new DemoHelp.Hours("rana-resident", 6, 3, "Korist", "Generalprøve", true),
            new DemoHelp.Hours("rana-resident-2", 2, 2.5, "Lyd", "Rigging", false)));

    private final List<ObjectNode> offers = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> hours = new CopyOnWriteArrayList<>();
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
    void theAdminOffersStaffAcceptMembersLogHoursAndTheAdminApprovesThoseMeantToBe() {
        var outcome = loader().load(List.of(CHOIR), TODAY);

        assertEquals(new HelpSeedLoader.Outcome(1, 1, 2), outcome);
        assertTrue(service.calls.containsAll(List.of("POST /help-offers as rana-association-admin",
            "POST /help-offers/offer-1/acceptance as rana-staff", "POST /hours as rana-resident",
            "POST /hours/hours-1/approval as rana-association-admin", "POST /hours as rana-resident-2")),
            service.calls.toString());
        assertTrue(service.calls.stream().noneMatch(call -> call.equals("POST /hours/hours-2/approval as "
            + "rana-association-admin")), "left for the admin to answer");
        var offer = offers.get(0);
        assertEquals("idea-17", offer.get("ideaId").asText());
        assertEquals("assoc-1", offer.get("associationId").asText());
        assertEquals("2026-11-30", hours.get(0).get("date").asText());
    }

    @Test
    void loadingTwiceChangesNothingTheSecondTime() {
        loader().load(List.of(CHOIR), TODAY);
        service.calls.clear();

        var second = loader().load(List.of(CHOIR), TODAY);

        assertEquals(new HelpSeedLoader.Outcome(0, 0, 0), second);
        assertTrue(service.calls.stream().allMatch(call -> call.startsWith("GET ")), "only reads: " + service.calls);
    }

    @Test
    void loadingAgainTheNextDayLogsNoHoursAgain() {
        loader().load(List.of(CHOIR), TODAY);
        service.calls.clear();

        var nextDay = loader().load(List.of(CHOIR), TODAY.plusDays(1));

        assertEquals(new HelpSeedLoader.Outcome(0, 0, 0), nextDay);
        assertTrue(service.calls.stream().allMatch(call -> call.startsWith("GET ")), "only reads: " + service.calls);
    }

    @Test
    void anOfferNotMeantToBeAcceptedWaitsForStaffAndHasNoHours() {
        var waiting = new DemoHelp("Svartisen Sangkor", "rana-association-admin", "1833", IDEA, "know-how", null,
            List.of(), "Vi kan lære bort", false, List.of());

        assertEquals(new HelpSeedLoader.Outcome(1, 0, 0), loader().load(List.of(waiting), TODAY));
        assertEquals("offered", offers.get(0).get("status").asText());
    }

    @Test
    void namesTheIdeaThatIsNotOnTheBoard() {
        var elsewhere = new DemoHelp("Svartisen Sangkor", "rana-association-admin", "1833", "Ingen slik idé",
            "hours", 2.0, List.of(), "Tekst", false, List.of());

        var failure = assertThrows(SeedException.class, () -> loader().load(List.of(elsewhere), TODAY));

        assertTrue(failure.getMessage().contains("'Ingen slik idé' on the board of 1833"), failure.getMessage());
    }

    @Test
    void theDemoOffersAreOnIdeasThatReachTheBoardAndTheirHoursAreLoggedByMembers() {
        var onBoard = DemoIdeas.all().stream().filter(idea -> idea.endsOnTheBoard() && !idea.withdrawn())
            .map(idea -> idea.municipality() + " " + idea.title()).collect(Collectors.toSet());
        var help = DemoIdeas.help();

        assertTrue(help.stream().anyMatch(DemoHelp::accepted) && help.stream().anyMatch(offer -> !offer.accepted()),
            "some accepted, some waiting for staff");
        for (var offer : help) {
            assertTrue(onBoard.contains(offer.municipality() + " " + offer.idea()), offer.idea());
            var association = DemoIdeas.associations().stream()
                .filter(candidate -> candidate.name().equals(offer.association())).findFirst().orElseThrow();
            assertEquals(Set.of(association.admin(), association.municipality()), Set.of(offer.admin(),
                offer.municipality()), offer.association());
            assertTrue(offer.accepted() || offer.hoursLogged().isEmpty(), "hours only on accepted offers");
            offer.hoursLogged().forEach(logged -> assertTrue(association.members().contains(logged.volunteer()),
                logged.volunteer() + " logs hours for " + offer.association() + " as a member, not its admin"));
        }
    }

    private HelpSeedLoader loader() {
        var endpoints = new SeedLoader.Endpoints(service.tokenUrl(), "samskap-test-cli", service.base(),
            service.base());
        return new HelpSeedLoader(endpoints, service.base(), user -> "demo-" + user,
            Map.of("1833", "rana-staff", "4618", "ullensvang-staff"));
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
                .put("associationId", "assoc-1").put("name", "Svartisen Sangkor")));
        }
        if (path.equals("/me/help-offers")) {
            return StandIn.Answer.ok(json.createArrayNode().addAll(offers));
        }
        if (path.equals("/help-offers")) {
            var offer = ((ObjectNode) body.deepCopy()).put("id", "offer-" + (offers.size() + 1)).put("status", "offered");
            offers.add(offer);
            return new StandIn.Answer(201, offer.toString());
        }
        if (path.endsWith("/acceptance")) {
            var offer = offers.stream().filter(made -> path.contains(made.get("id").asText())).findFirst().orElseThrow();
            return StandIn.Answer.ok(offer.put("status", "accepted"));
        }
        if (path.equals("/me/hours")) {
            var theirs = json.createArrayNode();
            hours.stream().filter(entry -> entry.get("volunteer").asText().equals(user)).forEach(theirs::add);
            return StandIn.Answer.ok(theirs);
        }
        if (path.equals("/hours")) {
            var entry = ((ObjectNode) body.deepCopy()).put("id", "hours-" + (hours.size() + 1)).put("status", "logged")
                .put("volunteer", user);
            hours.add(entry);
            return new StandIn.Answer(201, entry.toString());
        }
        if (path.endsWith("/approval")) {
            var entry = hours.stream().filter(logged -> path.contains(logged.get("id").asText())).findFirst()
                .orElseThrow();
            return StandIn.Answer.ok(entry.put("status", "approved"));
        }
        return new StandIn.Answer(404, "{}");
    }
}
