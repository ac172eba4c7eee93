package no.samskap.gateway.shell.web;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway with room for two requests at once, both taken by downloads of a person's data that wait on a proposals
 * service holding its answer: what comes next is refused at once with 503, except what never blocks.
 */
@RealInfrastructure
class RequestsInFlightIT {

    private static final Person RESIDENT = Person.ranaResident();
    private static final String MY_DATA = "/api/me/data";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private StandInProposals proposals;
    private GatewayUnderTest gateway;

    @BeforeEach
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        proposals.neverAnswer("GET", "/persons/me/data");
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.proposals-read-timeout", "60s",
            "samskap-gateway.requests-in-flight.max", 2));
    }

    @AfterEach
    void stop() {
        proposals.close();
        gateway.close();
    }

    @Test
    void refusesWhatComesWhileTwoRequestsAreHeldWith503AndRetryAfterInTheVisitorsLanguage() {
        var held = holdBothPlaces();

        var api = gateway.get(MY_DATA, bearer());
        var page = gateway.get("/?lang=en", Map.of("Accept", "text/html"));
        var json = gateway.get("/kommuner/1833", Map.of("Accept", "application/json", "Accept-Language", "nn"));

        assertAll(
            () -> assertEquals(503, api.statusCode(), api.body()),
            () -> assertEquals(Optional.of("application/problem+json"), api.headers().firstValue("Content-Type")),
            () -> assertEquals(Optional.of("1"), api.headers().firstValue("Retry-After")),
            () -> assertTrue(api.body().contains("\"type\":\"https://samskap.no/problems/busy\""), api.body()),
            () -> assertTrue(api.body().contains("\"status\":503"), api.body()),
            () -> assertTrue(api.body().contains("\"title\":\"Samskap har for mye å gjøre til å svare akkurat nå\""),
                api.body()),
            () -> assertTrue(api.body().contains("Ingenting ble lagret."), api.body()),
            () -> assertEquals(503, page.statusCode()),
            () -> assertEquals(Optional.of("1"), page.headers().firstValue("Retry-After")),
            () -> assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")),
            () -> assertTrue(page.body().contains("Samskap is too busy to answer right now"), page.body()),
            () -> assertTrue(page.body().contains("href=\"/?lang=en\">Try again</a>"), page.body()),
            () -> assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent()),
            () -> assertEquals(503, json.statusCode()),
            () -> assertTrue(json.body().contains("\"title\":\"Samskap har for mykje å gjere til å svare akkurat no\""),
                json.body()),
            () -> assertEquals(2, proposals.callsTo("/persons/me/data").size(), "the refused never reached a route"),
            () -> assertTrue(held.stream().noneMatch(CompletableFuture::isDone), "the held ones are still held"));
    }

    @Test
    void stillServesAssetsHealthMetricsAndLiveStreamsWhileFull() throws Exception {
        holdBothPlaces();

        // A stream's headers come with its first event or keep-alive, up to 15 s on; a refusal would come at once.
        var follow = HttpRequest.newBuilder(gateway.uri("/api/events/changes?event=" + UUID.randomUUID()))
            .timeout(Duration.ofSeconds(30)).build();
        var stream = http.sendAsync(follow, HttpResponse.BodyHandlers.ofInputStream());
        var asset = gateway.get(Assets.bundled().url("event-seats.js"));
        var health = gateway.get("/health");
        var metrics = gateway.get("/prometheus");
        var refused = gateway.get("/");
        var afterwards = gateway.get("/prometheus").body();

        assertAll(
            () -> assertEquals(200, asset.statusCode()),
            () -> assertEquals(200, health.statusCode(), health.body()),
            () -> assertEquals(200, metrics.statusCode()),
            () -> assertTrue(metrics.body().contains("samskap_gateway_requests_in_flight 2.0"), metrics.body()),
            () -> assertEquals(503, refused.statusCode()),
            () -> assertTrue(afterwards.contains("samskap_gateway_requests_refused_total 1.0"), afterwards));
        var opened = stream.get(30, TimeUnit.SECONDS);
        try (InputStream ignored = opened.body()) {
            assertEquals(200, opened.statusCode());
        }
    }

    @Test
    void finishesTheHeldRequestsAndAnswersNormallyOnceTheyAreDone() throws Exception {
        var held = holdBothPlaces();
        assertEquals(503, gateway.get("/").statusCode());

        proposals.close();

        for (var request : held) {
            var answer = request.get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"servicesNotAnswering\":[\"proposals\"]"), answer.body());
        }
        eventually(() -> assertTrue(gateway.get("/prometheus").body()
            .contains("samskap_gateway_requests_in_flight 0.0")));
        var home = gateway.get("/");
        var data = gateway.get(MY_DATA, bearer());
        assertAll(
            () -> assertEquals(200, home.statusCode(), home.body()),
            () -> assertEquals(200, data.statusCode(), data.body()));
    }

    /** Two downloads of a person's data, each waiting on the proposals service once both have reached it. */
    private List<CompletableFuture<HttpResponse<String>>> holdBothPlaces() {
        var held = List.of(download(), download());
        eventually(() -> assertEquals(2, proposals.callsTo("/persons/me/data").size()));
        return held;
    }

    private CompletableFuture<HttpResponse<String>> download() {
        var request = HttpRequest.newBuilder(gateway.uri(MY_DATA)).timeout(Duration.ofSeconds(60));
        bearer().forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, String> bearer() {
        return Map.of("Authorization", "Bearer " + gateway.identityProvider().accessToken(RESIDENT,
            Duration.ofMinutes(5)));
    }
}
