package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the loader against a stand-in Keycloak, proposals service and gateway on 127.0.0.1. The stand-in keeps
 * what it is told, as the services do: ideas wait in a pre-moderated municipality until published, and its board
 * lists the ideas that were published and are not hidden.
 */
class SeedLoaderTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    private static final JsonMapper JSON = new JsonMapper();
    private static final DemoIdea ANSWERED = new DemoIdea("1833", "rana-resident", "Sommerkino i Byparken", "Utekino",
        "kino", List.of("stedsutvikling"), List.of("alle"), "for-alle", "Byparken, Mo i Rana", null,
        List.of("rana-resident-2"), List.of(), 10, new DemoIdea.Answer("accepted", "Ja"), null, false);
    private static final DemoMunicipality ULLENSVANG = new DemoMunicipality("4618", "Ullensvang", "pre", null, null,
        List.of(new DemoMunicipality.StrategicValue("kulturarv", new DemoMunicipality.Names(
            "Kulturarv og tradisjoner i Hardanger", "Kulturarv og tradisjonar i Hardanger",
            "Heritage and traditions of Hardanger"))));

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private final Map<String, StandInIdea> ideas = new ConcurrentHashMap<>();
    private final Map<String, String> moderationOf = new ConcurrentHashMap<>(Map.of("1833", "post", "4618", "post"));
    private final Map<String, String> strategicValuesOf = new ConcurrentHashMap<>(Map.of("1833", "", "4618", ""));
    private final Map<String, String> populationOf = new ConcurrentHashMap<>();
    private final AtomicInteger comments = new AtomicInteger();
    private HttpServer server;
    private int answerStatus = 200;

    private static final class StandInIdea {
        final String municipality;
        final String title;
        boolean published;
        boolean hidden;

        StandInIdea(String municipality, String title) {
            this.municipality = municipality;
            this.title = title;
        }
    }

    static {
        // Otherwise each answer waits for a delayed ACK: headers and body go out as two small writes.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", exchange -> answer(exchange, 200,
            "{\"access_token\":\"token-of-" + text(exchange).replaceAll(".*username=([^&]+).*", "$1") + "\"}"));
        server.createContext("/api/ideas", this::board);
        server.createContext("/municipalities", this::settings);
        server.createContext("/ideas", this::proposals);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void livesAnIdeasWholeLifeThroughTheApiAsTheRightPeople() {
        var outcome = loader().load(List.of(), List.of(ANSWERED), TODAY);

        assertEquals(new SeedLoader.Outcome(1, 0, 0), outcome);
        assertEquals(List.of("POST /ideas as rana-resident", "PUT /ideas/idea-1/support as rana-resident-2",
            "POST /ideas/idea-1/assessment as rana-staff", "POST /ideas/idea-1/answer as rana-staff"), calls);
        assertEquals("2026-12-08", bodies.get(2).get("respondBy").asText());
    }

    @Test
    void submitsTheIdeasClassification() {
        loader().load(List.of(), List.of(ANSWERED), TODAY);

        var submitted = bodies.get(0);
        assertEquals("kino", submitted.get("serviceArea").asText());
        assertEquals("[\"stedsutvikling\"]", submitted.get("strategicValues").toString());
        assertEquals("[\"alle\"]", submitted.get("targetGroups").toString());
        assertEquals("for-alle", submitted.get("costModel").asText());
        assertEquals("Byparken, Mo i Rana", submitted.get("place").asText());
    }

    @Test
    void writesCommentsAndAnswersTheirRepliesUnderTheCommentTheyAnswer() {
        var discussed = idea("1833", "Lørdagskonserter i biblioteket", null, List.of(
            new DemoIdea.DemoComment("rana-resident", "Fint for barnefamilier.", List.of(
                new DemoIdea.DemoComment("rana-association-admin", "Klokka tolv var tanken.", null))),
            new DemoIdea.DemoComment("rana-staff", "Vi ser på det.", null)));

        loader().load(List.of(), List.of(discussed), TODAY);

        assertEquals(List.of("POST /ideas as rana-resident-2", "POST /ideas/idea-1/comments as rana-resident",
            "POST /ideas/idea-1/comments as rana-association-admin", "POST /ideas/idea-1/comments as rana-staff"), calls);
        assertEquals("Fint for barnefamilier.", bodies.get(1).get("body").asText());
        assertFalse(bodies.get(1).has("parentId"), "a top-level comment names no parent");
        assertEquals("comment-1", bodies.get(2).get("parentId").asText(), "the reply answers the first comment");
        assertFalse(bodies.get(3).has("parentId"));
    }

    @Test
    void setsAMunicipalitysSettingsAsItsAdminWhenItHasNoStrategicValuesYet() {
        var outcome = loader().load(List.of(ULLENSVANG), List.of(), TODAY);

        assertEquals(new SeedLoader.Outcome(0, 0, 1), outcome);
        assertEquals(List.of("GET /municipalities/4618/settings as ullensvang-admin",
            "PUT /municipalities/4618/settings as ullensvang-admin"), calls);
        var change = bodies.get(1);
        assertEquals("pre", change.get("moderation").asText());
        assertEquals("kulturarv", change.get("strategicValues").get(0).get("code").asText());
        assertEquals("Ullensvang", change.get("name").asText());
        assertEquals("Kulturarv og tradisjonar i Hardanger", change.get("strategicValues").get(0).get("names").get("nn")
            .asText());
        assertEquals("Heritage and traditions of Hardanger", change.get("strategicValues").get(0).get("names").get("en")
            .asText());
        assertFalse(change.has("supportThreshold"), "left out, so the municipality has none");
    }

    @Test
    void leavesSettingsAloneWhenTheMunicipalityHasStrategicValuesAlready() {
        strategicValuesOf.put("4618", "{\"code\":\"folkemusikk\",\"names\":{\"nb\":\"Folkemusikk\",\"nn\":\"Folkemusikk\",\"en\":\"Folk music\"}}");

        var outcome = loader().load(List.of(ULLENSVANG), List.of(), TODAY);

        assertEquals(0, outcome.settingsApplied());
        assertEquals(List.of("GET /municipalities/4618/settings as ullensvang-admin"), calls);
    }

    @Test
    void publishesIdeasAsStaffWhereTheMunicipalityHoldsThemForModeration() {
        loader().load(List.of(ULLENSVANG), List.of(idea("4618", "Bibliotekbuss til bygdene", null, List.of())), TODAY);

        assertTrue(calls.contains("POST /ideas/idea-1/publication as ullensvang-staff"), calls.toString());
        assertTrue(ideas.get("idea-1").published);
    }

    @Test
    void leavesAWaitingIdeaUnpublishedForTheStaffsInbox() {
        var waiting = idea("4618", "Songkveld for eldre på Lofthus", new DemoIdea.Moderation("waiting", null), List.of());

        loader().load(List.of(ULLENSVANG), List.of(waiting), TODAY);

        assertEquals("POST /ideas as ullensvang-resident", calls.get(2));
        assertEquals(3, calls.size(), "nothing after the submission: " + calls);
        assertFalse(ideas.get("idea-1").published);
    }

    @Test
    void rejectsAHeldIdeaWithTheModeratorsReason() {
        var rejected = idea("4618", "Asfalt på vegen opp til Nå",
            new DemoIdea.Moderation("rejected", "Gjeld veg, ikkje kultur."), List.of());

        loader().load(List.of(ULLENSVANG), List.of(rejected), TODAY);

        assertEquals("POST /ideas/idea-1/rejection as ullensvang-staff", calls.get(3));
        assertEquals("Gjeld veg, ikkje kultur.", bodies.get(3).get("reason").asText());
        assertEquals(4, calls.size(), calls.toString());
    }

    @Test
    void hidesAnIdeaAsStaffWithTheModeratorsReasonAfterTheRestOfItsLife() {
        var hidden = idea("1833", "Rabatt på gitarkurs hos Mo Musikk",
            new DemoIdea.Moderation("hidden", "Reklame for et privat kurs."),
            List.of(new DemoIdea.DemoComment("rana-resident", "Er dette reklame?", null)));

        loader().load(List.of(), List.of(hidden), TODAY);

        assertEquals(List.of("POST /ideas as rana-resident-2", "POST /ideas/idea-1/comments as rana-resident",
            "POST /ideas/idea-1/hiding as rana-staff"), calls);
        assertEquals("Reklame for et privat kurs.", bodies.get(2).get("reason").asText());
    }

    @Test
    void refusesToPretendAnIdeaWaitsWhereTheMunicipalityPublishesAtOnce() {
        var waiting = idea("1833", "Songkveld i Mo", new DemoIdea.Moderation("waiting", null), List.of());

        var failure = assertThrows(SeedException.class, () -> loader().load(List.of(), List.of(waiting), TODAY));

        assertTrue(failure.getMessage().contains("'Songkveld i Mo'") && failure.getMessage().contains("publishes ideas at once"),
            failure.getMessage());
    }

    @Test
    void leavesAnIdeaAloneWhenItsTitleIsAlreadyOnTheBoard() {
        alreadyOnTheBoard("1833", "Sommerkino i Byparken");

        assertEquals(new SeedLoader.Outcome(0, 1, 0), loader().load(List.of(), List.of(ANSWERED), TODAY));
        assertTrue(calls.isEmpty());
    }

    @Test
    void loadsTheIdeasThatNeverReachTheBoardFirstWhileNoneOfTheMunicipalitysDemoIdeasIsThere() {
        var board = idea("1833", "Lørdagskonserter i biblioteket", null, List.of());
        var hidden = idea("1833", "Rabatt på gitarkurs hos Mo Musikk", new DemoIdea.Moderation("hidden", "Reklame."), List.of());

        loader().load(List.of(), List.of(board, hidden), TODAY);

        assertEquals("Rabatt på gitarkurs hos Mo Musikk", bodies.get(0).get("title").asText());
        assertEquals("Lørdagskonserter i biblioteket", bodies.get(2).get("title").asText());
    }

    @Test
    void skipsTheIdeasThatNeverReachTheBoardOnceOneOfTheMunicipalitysDemoIdeasIsThere() {
        alreadyOnTheBoard("1833", "Lørdagskonserter i biblioteket");
        var board = idea("1833", "Lørdagskonserter i biblioteket", null, List.of());
        var missing = idea("1833", "Åpen scene for unge i kulturhuset", null, List.of());
        var hidden = idea("1833", "Rabatt på gitarkurs hos Mo Musikk", new DemoIdea.Moderation("hidden", "Reklame."), List.of());

        var outcome = loader().load(List.of(), List.of(board, missing, hidden), TODAY);

        assertEquals(new SeedLoader.Outcome(1, 2, 0), outcome);
        assertEquals(List.of("POST /ideas as rana-resident-2"), calls);
        assertEquals("Åpen scene for unge i kulturhuset", bodies.get(0).get("title").asText());
    }

    @Test
    void loadingTheDemoDataTwiceChangesNothingTheSecondTime() {
        var first = loader().load(DemoIdeas.municipalities(), DemoIdeas.all(), TODAY);
        var ideasAfterFirst = ideas.size();
        calls.clear();

        var second = loader().load(DemoIdeas.municipalities(), DemoIdeas.all(), TODAY);

        assertEquals(new SeedLoader.Outcome(DemoIdeas.all().size(), 0, 2), first);
        assertEquals(new SeedLoader.Outcome(0, DemoIdeas.all().size(), 0), second);
        assertEquals(ideasAfterFirst, ideas.size());
        assertEquals(Map.of("1833", "26000", "4618", "11000"), populationOf);
        assertTrue(calls.stream().allMatch(call -> call.startsWith("GET ")), "only reads: " + calls);
    }

    @Test
    void namesTheIdeaAndTheStepWhenAServiceRefuses() {
        answerStatus = 409;

        var failure = assertThrows(SeedException.class, () -> loader().load(List.of(), List.of(ANSWERED), TODAY));

        assertTrue(failure.getMessage().contains("answer 'Sommerkino i Byparken' as rana-staff: HTTP 409"), failure.getMessage());
    }

    private static DemoIdea idea(String municipality, String title, DemoIdea.Moderation moderation,
                                 List<DemoIdea.DemoComment> comments) {
        var author = municipality.equals("1833") ? "rana-resident-2" : "ullensvang-resident";
        return new DemoIdea(municipality, author, title, "Tekst", "annet", List.of(), List.of("alle"), null, null,
            moderation, List.of(), comments, null, null, null, false);
    }

    private void alreadyOnTheBoard(String municipality, String title) {
        var idea = new StandInIdea(municipality, title);
        idea.published = true;
        ideas.put("earlier-" + ideas.size(), idea);
    }

    private SeedLoader loader() {
        var base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new SeedLoader(new SeedLoader.Endpoints(base.resolve("/token"), "samskap-test-cli", base, base),
            user -> "demo-" + user, new SeedLoader.Officials(Map.of("1833", "rana-staff", "4618", "ullensvang-staff"),
            Map.of("1833", "rana-admin", "4618", "ullensvang-admin")));
    }

    private void board(HttpExchange exchange) throws IOException {
        var municipality = exchange.getRequestURI().getQuery().replaceAll(".*municipality=(\\d{4}).*", "$1");
        var titles = new ArrayList<String>();
        ideas.values().stream().filter(idea -> idea.municipality.equals(municipality) && idea.published && !idea.hidden)
            .forEach(idea -> titles.add(JSON.createObjectNode().put("title", idea.title).toString()));
        answer(exchange, 200, "{\"ideas\":[" + String.join(",", titles) + "],\"next\":null}");
    }

    private void settings(HttpExchange exchange) throws IOException {
        var body = record(exchange);
        var municipality = exchange.getRequestURI().getPath().split("/")[2];
        if (exchange.getRequestURI().getPath().endsWith("/population")) {
            if (exchange.getRequestMethod().equals("PUT")) {
                populationOf.put(municipality, body.get("residents").asText());
            }
            answer(exchange, 200, "{\"municipality\":\"" + municipality + "\",\"residents\":"
                + populationOf.getOrDefault(municipality, "null") + "}");
            return;
        }
        if (exchange.getRequestMethod().equals("PUT")) {
            moderationOf.put(municipality, body.get("moderation").asText());
            strategicValuesOf.put(municipality, body.get("strategicValues").toString().replaceAll("^\\[|\\]$", ""));
        }
        answer(exchange, 200, "{\"municipality\":\"" + municipality + "\",\"moderation\":\"" + moderationOf.get(municipality)
            + "\",\"strategicValues\":[" + strategicValuesOf.get(municipality) + "]}");
    }

    private void proposals(HttpExchange exchange) throws IOException {
        var body = record(exchange);
        var path = exchange.getRequestURI().getPath();
        if (path.equals("/ideas")) {
            var municipality = userOf(exchange).startsWith("rana-") ? "1833" : "4618";
            var id = "idea-" + (ideas.keySet().stream().filter(key -> key.startsWith("idea-")).count() + 1);
            var idea = new StandInIdea(municipality, body.get("title").asText());
            idea.published = moderationOf.get(municipality).equals("post");
            ideas.put(id, idea);
            answer(exchange, 201, "{\"id\":\"" + id + "\",\"status\":\"" + (idea.published ? "published" : "submitted") + "\"}");
            return;
        }
        var id = path.split("/")[2];
        var step = path.substring(path.lastIndexOf('/') + 1);
        if (step.equals("comments")) {
            answer(exchange, 201, "{\"id\":\"comment-" + comments.incrementAndGet() + "\"}");
            return;
        }
        if (step.equals("publication")) {
            ideas.get(id).published = true;
        } else if (step.equals("hiding")) {
            ideas.get(id).hidden = true;
        }
        answer(exchange, step.equals("answer") ? answerStatus : 200, "{\"id\":\"" + id + "\"}");
    }

    private JsonNode record(HttpExchange exchange) throws IOException {
        calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " as " + userOf(exchange));
        var text = text(exchange);
        var body = text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
        bodies.add(body);
        return body;
    }

    private static String userOf(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer token-of-".length());
    }

    private static String text(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
