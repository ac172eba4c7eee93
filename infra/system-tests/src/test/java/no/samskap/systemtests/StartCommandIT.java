package no.samskap.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.samskap.runtime.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the README's start command (the launcher jar) the way a newcomer would, on an embedded PostgreSQL, its own
 * broker and its own Keycloak, and walks the skeleton through what it started as a demo user.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartCommandIT {

    private static final String DEMO_USER = "rana-resident";
    private static final String DEMO_PASSWORD = "demo-rana-resident";

    private LaunchedPlatform platform;
    private int proposalsPort;
    private int gatewayPort;
    private int keycloakPort;

    @BeforeAll
    void start() throws Exception {
        platform = LaunchedPlatform.start("launcher-state", Map.of());
        proposalsPort = platform.proposalsPort;
        gatewayPort = platform.gatewayPort;
        keycloakPort = platform.keycloakPort;
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void printsWhereToOpenSamskapAndHowToLogIn() {
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("Samskap is running")), printed());
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("http://127.0.0.1:" + gatewayPort + "/")), printed());
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("Keycloak ... ready in")
            && line.contains("http://127.0.0.1:" + keycloakPort)), printed());
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("Rana 1833")), printed());
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("Ullensvang 4618")), printed());
        assertTrue(platform.output().stream().anyMatch(line -> line.contains(DEMO_USER + " ") && line.contains(DEMO_PASSWORD)
            && line.contains("resident")), printed());
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("ullensvang-admin ")
            && line.contains("demo-ullensvang-admin")), printed());
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("http://127.0.0.1:" + keycloakPort + "/admin/")),
            "names the admin console: " + printed());
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("Ctrl-C")), "says how to stop it");
    }

    @Test
    @Order(2)
    void walksTheReadmesApiWalkThroughTheGatewayWithABearerToken() throws Exception {
        var token = platform.accessTokenFor(DEMO_USER, DEMO_PASSWORD);
        var body = "{\"title\":\"Filmverkstad for ungdom i Mo\",\"body\":\"Lag film saman.\",\"serviceArea\":\"kino\"}";
        var created = RunningPlatform.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + gatewayPort + "/api/ideas"))
            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        var id = RunningPlatform.idOf(created);
        var me = RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + "/api/me"))
            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(me.body().contains("\"username\":\"" + DEMO_USER + "\""), me.body());

        eventually(Duration.ofSeconds(30), () -> {
            var board = RunningPlatform.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + gatewayPort + "/api/ideas?municipality=1833")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertTrue(board.body().contains(id), board.body());
        });
        var home = RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(home.body().contains("lang=\"nb\""), home.body());
    }

    @Test
    @Order(3)
    void loadsTheDemoIdeasThroughTheApiSoTheSiteIsNotEmpty() throws Exception {
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("Demo data ... ready")), printed());

        eventually(Duration.ofSeconds(30), () -> {
            var rana = RunningPlatform.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + gatewayPort + "/api/ideas?municipality=1833&limit=100")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(rana.contains("eSport-rom i det nye kulturhuset"), rana);
            assertTrue(rana.contains("\"status\":\"realised\""), rana);
            var ullensvang = RunningPlatform.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + gatewayPort + "/api/ideas?municipality=4618&limit=100")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(ullensvang.contains("Bibliotekbuss til bygdene"), ullensvang);
        });
    }

    @Test
    @Order(3)
    void theDemoIdeasAreDiscussedClassifiedAndModeratedAsTheirMunicipalitiesChose() throws Exception {
        var proposals = "http://127.0.0.1:" + proposalsPort;
        var choices = get(proposals + "/municipalities/4618/idea-choices");
        assertTrue(choices.contains("\"moderation\":\"pre\"") && choices.contains("\"frivilligheit\""), choices);

        eventually(Duration.ofSeconds(30), () -> {
            var rana = get("http://127.0.0.1:" + gatewayPort + "/api/ideas?municipality=1833&limit=100");
            var ullensvang = get("http://127.0.0.1:" + gatewayPort + "/api/ideas?municipality=4618&limit=100");
            assertTrue(ullensvang.contains("Kurs i hardingfele for nybyrjarar"), ullensvang);
            assertFalse(ullensvang.contains("Songkveld for eldre på Lofthus"), "waits for moderation: " + ullensvang);
            assertFalse(ullensvang.contains("Asfalt på vegen opp til Nå"), "rejected: " + ullensvang);
            assertFalse(rana.contains("Rabatt på gitarkurs"), "hidden by a moderator: " + rana);
            var eSport = new ObjectMapper().readTree(rana).get("ideas").findParents("title").stream()
                .filter(idea -> idea.get("title").asText().equals("eSport-rom i det nye kulturhuset")).findFirst().orElseThrow();
            assertTrue(eSport.get("commentCount").asInt() >= 5, eSport.toString());
            var threads = get(proposals + "/ideas/" + eSport.get("id").asText() + "/comments");
            assertTrue(threads.contains("\"official\":true"), "staff comment officially: " + threads);
            assertTrue(new ObjectMapper().readTree(threads).get("threads").get(0).get("answers").size() > 0,
                "residents answer each other: " + threads);
        });
    }

    @Test
    @Order(3)
    void loadsTheDemoEventsWithRegistrationsAndAWaitlistThroughTheEventsApi() throws Exception {
        var events = "http://127.0.0.1:" + platform.eventsPort;
        var rana = new ObjectMapper().readTree(get(events + "/events?municipality=1833"));
        var byTitle = new HashMap<String, JsonNode>();
        rana.forEach(event -> byTitle.put(event.get("title").asText(), event));

        assertEquals("completed", byTitle.get("Sommerkino i Byparken").get("status").asText(), rana.toString());
        assertEquals("published", byTitle.get("eSport-kveld for ungdom").get("status").asText(), rana.toString());
        assertFalse(byTitle.containsKey("Åpen scene for unge"), "a draft is seen by its organisers only");
        var seats = new ObjectMapper().readTree(get(events + "/events/"
            + byTitle.get("Lesestund: forfatterbesøk på biblioteket").get("id").asText() + "/seats"));
        assertEquals(4, seats.get("confirmed").asInt(), seats.toString());
        assertEquals(1, seats.get("waiting").asInt(), seats.toString());
    }

    @Test
    @Order(3)
    void loadsTheDemoFeedbackOnEveryUnitOfBothMunicipalitiesThroughTheFeedbackApi() throws Exception {
        assertTrue(platform.output().stream().anyMatch(line -> line.contains("Demo data ... ready")
            && line.contains("feedback given") && line.contains(" answered")), printed());
        var feedback = "http://127.0.0.1:" + platform.feedbackPort;
        for (var municipality : List.of("1833", "4618")) {
            var figures = new ObjectMapper().readTree(get(feedback + "/figures/public?municipality=" + municipality));
            var units = figures.get("perUnit").findValuesAsText("unit");
            assertTrue(units.containsAll(List.of("bibliotek", "kulturskole", "kino", "fritid-ungdom", "kulturhus")),
                municipality + ": " + figures);
            var answered = get(feedback + "/feedback?municipality=" + municipality + "&unit=bibliotek");
            assertTrue(answered.contains("\"publicAnswer\":true"), "a public answer in " + municipality + ": "
                + answered);
        }
    }

    @Test
    @Order(4)
    void stopsEverythingItStartedOnSigterm() throws Exception {
        assertTrue(FreePorts.isListening("127.0.0.1", gatewayPort), "the gateway is up before the stop");

        assertTrue(platform.stop(), "the launcher stopped within a minute");
        eventually(Duration.ofSeconds(30), () -> {
            assertFalse(FreePorts.isListening("127.0.0.1", proposalsPort), "proposals still listening");
            assertFalse(FreePorts.isListening("127.0.0.1", gatewayPort), "gateway still listening");
            assertFalse(FreePorts.isListening("127.0.0.1", keycloakPort), "Keycloak still listening");
        });
    }

    @Test
    @Order(5)
    void aSecondStartOnTheSameStateLoadsNoDemoDataAgain() throws Exception {
        platform.startAgain();

        assertTrue(platform.output().stream().anyMatch(line -> line.contains("Demo data ... ready")
            && line.contains("(0 ideas loaded") && line.contains("settings set for 0 municipalities")
            && line.contains("0 associations registered, 0 members joined, 0 volunteer profiles, "
                + "0 politiattest sightings, 0 offers of help, 0 hours logged, 0 requests for help posted")
            && line.contains("0 venues, 0 events, 0 registrations, 0 walk-ins, 0 shifts with 0 sign-ups, "
                + "0 room bookings")
            && line.contains("0 feedback given") && line.contains("0 answered, 0 made into ideas")),
            printed());
        var rana = get("http://127.0.0.1:" + gatewayPort + "/api/ideas?municipality=1833&limit=100");
        assertEquals(1, rana.split("eSport-rom i det nye kulturhuset", -1).length - 1, rana);
    }

    private static String get(String uri) throws Exception {
        return RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The password grant on the realm's public test client, so no browser is needed. */
    private String printed() {
        return platform.printed();
    }
}
