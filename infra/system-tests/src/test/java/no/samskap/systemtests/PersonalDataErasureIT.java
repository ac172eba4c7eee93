package no.samskap.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.samskap.testkit.PersonalDataSweep;
import no.samskap.testkit.TopicSweep;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident of Rana with an idea, a comment, a support, follows, a report, notifications and an e-mail digest
 * downloads their data and erases their account, against the README's start command with its real Keycloak. After
 * it, no table of any schema names them but as the former participant their public idea and comment now show, the
 * idea page says "Tidligere deltaker", Keycloak has no such user and their old sign-in is refused, and no message on
 * any topic ever carried their name or e-mail address. The person is made for this run, so the demo users stay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedLaunch.class)
class PersonalDataErasureIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String username = "erasure-" + tag;
    private final String password = "erasure-" + UUID.randomUUID();
    private final String lastName = "Slettemark" + tag;
    private final String email = "erle." + tag + "@demo.samskap.no";
    private LaunchedPlatform platform;
    private Browser browser;
    private String subject;

    @BeforeAll
    void start(LaunchedPlatform launched) throws Exception {
        platform = launched;
        subject = createResident();
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aResidentDownloadsEverythingErasesTheirAccountAndNothingButTheirAnonymisedContentRemains() throws Exception {
        var token = platform.accessTokenFor(username, password);
        var staff = platform.accessTokenFor("rana-staff", "demo-rana-staff");
        var neighbour = platform.accessTokenFor("rana-resident-2", "demo-rana-resident-2");
        var own = created(platform.proposals() + "/ideas", token, Map.of("title", "Lesesirkel " + tag,
            "body", "Annenhver torsdag i biblioteket.", "serviceArea", "bibliotek"));
        var others = created(platform.proposals() + "/ideas", neighbour, Map.of("title", "Brettspillkveld " + tag,
            "body", "Hver fredag på ungdomsklubben.", "serviceArea", "fritid-ungdom"));
        publishIfHeld(own, staff);
        publishIfHeld(others, staff);
        created(platform.proposals() + "/ideas/" + own + "/comments", token, Map.of("body", "Alle er velkomne."));
        send("PUT", platform.proposals() + "/ideas/" + others + "/support", token, null);
        send("POST", platform.proposals() + "/ideas/" + others + "/reports", token, Map.of("reason", "Reklame " + tag));
        send("POST", platform.proposals() + "/ideas/" + own + "/answer", staff, Map.of("outcome", "accepted",
            "answer", "Vi starter i januar."));

        browser.signIn(platform.gateway() + "/meg", username, password, platform.gateway() + "/meg");
        browser.driver.findElement(By.id("digest-daily")).click();
        browser.driver.findElement(By.id("save-digest")).click();
        var cookies = cookiesOf(browser);
        var download = eventuallyTheDownloadHoldsEverything(cookies);

        browser.driver.get(platform.gateway() + "/meg");
        browser.driver.findElement(By.id("erase-account-link")).click();
        browser.driver.findElement(By.id("understood")).click();
        browser.driver.findElement(By.id("erase-confirm")).click();
        browser.waitUntil(ExpectedConditions.urlToBe(platform.gateway() + "/konto-slettet"));

        var sweep = eventuallyNothingLeft();
        var topics = new TopicSweep(platform.kafkaBootstrapServers(), "").lookFor(lastName, email);
        var oldSignIn = get(platform.gateway() + "/meg", cookies);
        assertAll(
            () -> assertTrue(download.path("services").path("proposals").has("platform"), download.toString()),
            () -> assertTrue(sweep.tablesSwept() > 40, "tables swept: " + sweep.tablesSwept()),
            () -> assertTrue(get(platform.gateway() + "/ideer/" + own, "").body().contains("Tidligere deltaker")),
            () -> assertEquals(404, keycloakAdmin("GET", "/users/" + subject, null).statusCode()),
            () -> assertNotEquals(200, oldSignIn.statusCode(), oldSignIn.body()),
            () -> assertFalse(oldSignIn.body().contains(lastName)),
            () -> assertTrue(topics.records() > 0),
            () -> assertEquals(List.of(), topics.found()));
        System.out.printf("Erasure checked over %d tables and %d messages on %d topics.%n", sweep.tablesSwept(),
            topics.records(), topics.topics());
    }

    private JsonNode eventuallyTheDownloadHoldsEverything(String cookies) {
        var download = new JsonNode[1];
        eventually(PATIENCE, () -> {
            var data = JSON.readTree(get(platform.gateway() + "/api/me/data", cookies).body());
            var proposals = data.path("services").path("proposals");
            assertAll(
                () -> assertEquals(subject, data.path("subjectId").asText()),
                () -> assertTrue(proposals.path("proposals.ideas").path("ideas").size() > 0, "ideas"),
                () -> assertTrue(proposals.path("proposals.comments").path("comments").size() > 0, "comments"),
                () -> assertTrue(proposals.path("proposals.supports").path("supports").size() > 0, "supports"),
                () -> assertTrue(proposals.path("proposals.follows").path("follows").size() > 1, "follows"),
                () -> assertTrue(proposals.path("proposals.reports").path("ideasReported").size() > 0, "reports"),
                () -> assertTrue(data.path("gateway").path("gateway.notifications").path("notifications").size() > 0,
                    "notifications"),
                () -> assertEquals(email, data.path("gateway").path("gateway.notifications").path("digest")
                    .path("email").asText(), "digest address"));
            download[0] = data;
        });
        return download[0];
    }

    private PersonalDataSweep.Result eventuallyNothingLeft() {
        var result = new PersonalDataSweep.Result[1];
        eventually(PATIENCE, () -> {
            try (var connection = platform.connectToTheDatabase()) {
                var sweep = PersonalDataSweep.forPerson(subject).alsoWrittenAs(lastName, email, username)
                    .overEverySchema(connection);
                assertEquals(List.of(), sweep.traces());
                result[0] = sweep;
            }
        });
        return result[0];
    }

    private String createResident() throws IOException, InterruptedException {
        var created = keycloakAdmin("POST", "/users", JSON.writeValueAsString(Map.of("username", username,
            "enabled", true, "emailVerified", true, "firstName", "Erle", "lastName", lastName, "email", email,
            "attributes", Map.of("municipality", List.of("1833")),
            "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)))));
        assertEquals(201, created.statusCode(), created.body());
        var location = created.headers().firstValue("Location").orElseThrow();
        var id = location.substring(location.lastIndexOf('/') + 1);
        var resident = keycloakAdmin("GET", "/roles/resident", null).body();
        assertEquals(204, keycloakAdmin("POST", "/users/" + id + "/role-mappings/realm", "[" + resident + "]")
            .statusCode());
        return id;
    }

    private HttpResponse<String> keycloakAdmin(String method, String path, String json)
        throws IOException, InterruptedException {
        var form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        var token = JSON.readTree(RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(platform.keycloak()
                + "/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body())
            .get("access_token").asText();
        var request = HttpRequest.newBuilder(URI.create(platform.keycloak() + "/admin/realms/samskap" + path))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return RunningPlatform.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String created(String url, String token, Map<String, String> body) throws Exception {
        var answer = send("POST", url, token, body);
        return JSON.readTree(answer.body()).get("id").asText();
    }

    private HttpResponse<String> send(String method, String url, String token, Map<String, String> body)
        throws Exception {
        var answer = RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body)))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() < 300, method + " " + url + ": " + answer.statusCode() + " " + answer.body());
        return answer;
    }

    /** Rana may moderate before publishing; staff publish the idea then, as they would. */
    private void publishIfHeld(String idea, String staff) throws Exception {
        var status = JSON.readTree(RunningPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(platform.proposals()
                + "/ideas/" + idea)).header("Authorization", "Bearer " + staff).build(),
            HttpResponse.BodyHandlers.ofString()).body()).path("status").asText();
        if ("submitted".equals(status)) {
            send("POST", platform.proposals() + "/ideas/" + idea + "/publication", staff, Map.of());
        }
    }

    private static String cookiesOf(Browser browser) {
        return browser.driver.manage().getCookies().stream()
            .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
    }

    private static HttpResponse<String> get(String url, String cookies) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return RunningPlatform.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
