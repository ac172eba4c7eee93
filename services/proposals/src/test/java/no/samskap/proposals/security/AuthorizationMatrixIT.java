package no.samskap.proposals.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.web.router.Router;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.AuthorizationMatrix;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks every route of the service against the written table in {@code authorization-matrix.txt}. */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final String MUNICIPALITY = IdeaFixtures.MUNICIPALITY;

    private final TestTokens tokens = TestTokens.shared();
    private final AuthorizationMatrix matrix = AuthorizationMatrix.read("/authorization-matrix.txt");
    private ApplicationUnderTest proposals;
    private IdeaFixtures ideas;
    private Map<String, Supplier<MutableHttpRequest<?>>> requests;

    /** Each call makes a fresh idea in the state the route needs, so no cell depends on another. */
    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        ideas = new IdeaFixtures(proposals.client());
        ideas.useModeration("pre");
        proposals.client().toBlocking().exchange(HttpRequest.PUT("/municipalities/" + MUNICIPALITY + "/population",
            Map.of("residents", 50)).bearerAuth(ideas.adminToken()));
        var population = "/municipalities/" + MUNICIPALITY + "/population";
        var settings = "/municipalities/" + MUNICIPALITY + "/settings";
        var block = "/municipalities/" + MUNICIPALITY + "/blocked/matrix-blocked-person";
        requests = Map.ofEntries(
            Map.entry("POST /ideas", () -> HttpRequest.POST("/ideas",
                Map.of("title", "Sommerkino i parken", "body", "Film under åpen himmel.", "serviceArea", "kino"))),
            Map.entry("GET /ideas/{id}", () -> HttpRequest.GET("/ideas/" + ideas.publishedIdea())),
            Map.entry("PATCH /ideas/{id}", () -> HttpRequest.PATCH("/ideas/" + ideas.publishedIdea(),
                Map.of("title", "Sommerkino i bypark"))),
            Map.entry("POST /ideas/{id}/withdrawal", () -> post("/ideas/" + ideas.publishedIdea() + "/withdrawal", Map.of())),
            Map.entry("POST /ideas/{id}/publication", () -> post("/ideas/" + ideas.submittedIdea() + "/publication", Map.of())),
            Map.entry("POST /ideas/{id}/rejection", () -> post("/ideas/" + ideas.submittedIdea() + "/rejection",
                Map.of("reason", "Dette er en annonse."))),
            Map.entry("POST /ideas/{id}/assessment", () -> post("/ideas/" + ideas.publishedIdea() + "/assessment",
                Map.of("respondBy", LocalDate.now().plusDays(40).toString()))),
            Map.entry("POST /ideas/{id}/response-date", () -> {
                var id = ideas.publishedIdea();
                ideas.startAssessment(id, LocalDate.now().plusDays(40));
                return post("/ideas/" + id + "/response-date",
                    Map.of("respondBy", LocalDate.now().plusDays(60).toString(), "reason", "Venter på budsjettet."));
            }),
            Map.entry("POST /ideas/{id}/answer", () -> post("/ideas/" + ideas.publishedIdea() + "/answer",
                Map.of("outcome", "accepted", "answer", "Ja, fra høsten."))),
            Map.entry("POST /ideas/{id}/realisation", () -> post("/ideas/" + ideas.acceptedIdea() + "/realisation",
                Map.of("culturalEventId", "konsert-2027-03-01"))),
            Map.entry("POST /ideas/{id}/reports", () -> post("/ideas/" + ideas.publishedIdea() + "/reports",
                Map.of("reason", "Reklame."))),
            Map.entry("POST /ideas/{id}/hiding", () -> post("/ideas/" + ideas.publishedIdea() + "/hiding",
                Map.of("reason", "Personangrep."))),
            Map.entry("POST /ideas/{id}/restoring", () -> post("/ideas/" + ideas.hiddenIdea() + "/restoring", Map.of("reason", "Gjennomgått og i orden."))),
            Map.entry("POST /ideas/{id}/appeal", () -> post("/ideas/" + ideas.hiddenIdea() + "/appeal",
                Map.of("text", "Eg meiner ideen følgjer reglane."))),
            Map.entry("POST /ideas/{id}/appeal/decision", () -> HttpRequest.POST("/ideas/" + ideas.appealedIdea()
                + "/appeal/decision", Map.of("upheld", true, "reason", "Ideen følgjer reglane."))),
            Map.entry("PUT /ideas/{id}/support", () -> HttpRequest.PUT("/ideas/" + ideas.publishedIdea() + "/support", "")),
            Map.entry("DELETE /ideas/{id}/support", () -> HttpRequest.DELETE("/ideas/" + ideas.publishedIdea() + "/support")),
            Map.entry("POST /ideas/{id}/comments", () -> post("/ideas/" + ideas.publishedIdea() + "/comments",
                Map.of("body", "Eg blir gjerne med."))),
            Map.entry("GET /ideas/{id}/comments", () -> HttpRequest.GET("/ideas/" + ideas.publishedIdea() + "/comments")),
            Map.entry("PATCH /ideas/{id}/comments/{commentId}", () -> HttpRequest.PATCH(authorsComment(),
                Map.of("body", "Takk for alle innspela!"))),
            Map.entry("POST /ideas/{id}/comments/{commentId}/reports", () -> post(authorsComment() + "/reports",
                Map.of("reason", "Reklame."))),
            Map.entry("POST /ideas/{id}/comments/{commentId}/hiding", () -> post(authorsComment() + "/hiding",
                Map.of("reason", "Personangrep."))),
            Map.entry("POST /ideas/{id}/comments/{commentId}/restoring", () -> {
                var id = ideas.publishedIdea();
                return post("/ideas/" + id + "/comments/" + ideas.hiddenComment(id) + "/restoring", Map.of("reason", "Gjennomgått og i orden."));
            }),
            Map.entry("POST /ideas/{id}/comments/{commentId}/appeal", () -> {
                var id = ideas.publishedIdea();
                return post("/ideas/" + id + "/comments/" + ideas.hiddenComment(id) + "/appeal",
                    Map.of("text", "Kommentaren følgjer reglane."));
            }),
            Map.entry("POST /ideas/{id}/comments/{commentId}/appeal/decision", () -> HttpRequest.POST(
                ideas.appealedComment() + "/appeal/decision", Map.of("upheld", true, "reason", "Kommentaren er i orden."))),
            Map.entry("PUT /ideas/{id}/follow", () -> HttpRequest.PUT("/ideas/" + ideas.publishedIdea() + "/follow", "")),
            Map.entry("DELETE /ideas/{id}/follow", () -> HttpRequest.DELETE("/ideas/" + ideas.publishedIdea() + "/follow")),
            Map.entry("GET /me/notifications", () -> HttpRequest.GET("/me/notifications")),
            Map.entry("POST /me/notifications/read", () -> HttpRequest.POST("/me/notifications/read", Map.of("all", true))),
            Map.entry("GET /ideas/{id}/petition", () -> HttpRequest.GET(petitioned())),
            Map.entry("POST /ideas/{id}/petition", () -> post("/ideas/" + ideas.publishedIdea() + "/petition", Map.of())),
            Map.entry("PUT /ideas/{id}/petition/signature", () -> HttpRequest.PUT(petitioned() + "/signature", "")),
            Map.entry("DELETE /ideas/{id}/petition/signature", () -> HttpRequest.DELETE(petitioned() + "/signature")),
            Map.entry("POST /ideas/{id}/petition/sending", () -> post(signedPetition() + "/sending", Map.of())),
            Map.entry("POST /ideas/{id}/petition/handling", () -> post(sentPetition() + "/handling", Map.of(
                "meetingDate", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(), "decision", "Vedtatt.",
                "caseUrl", "https://innsyn.rana.kommune.no/sak/1"))),
            Map.entry("POST /ideas/{id}/petition/refusal", () -> post(sentPetition() + "/refusal",
                Map.of("reason", "Behandlet tidligere i valgperioden."))),
            Map.entry("GET /municipalities/{municipality}/population", () -> HttpRequest.GET(population)),
            Map.entry("PUT /municipalities/{municipality}/population", () -> HttpRequest.PUT(population,
                Map.of("residents", 50))),
            Map.entry("GET /municipalities/{municipality}/settings", () -> HttpRequest.GET(settings)),
            Map.entry("GET /municipalities/{municipality}/idea-choices",
                () -> HttpRequest.GET("/municipalities/" + MUNICIPALITY + "/idea-choices")),
            Map.entry("PUT /municipalities/{municipality}/settings", () -> HttpRequest.PUT(settings,
                Map.of("moderation", "pre"))),
            Map.entry("PUT /municipalities/{municipality}/blocked/{subject}", () -> HttpRequest.PUT(block,
                Map.of("reason", "Gjentekne personangrep."))),
            Map.entry("DELETE /municipalities/{municipality}/blocked/{subject}", () -> HttpRequest.DELETE(block)),
            Map.entry("GET /openapi/proposals.yml", () -> HttpRequest.GET("/openapi/proposals.yml")),
            Map.entry("GET /health", () -> HttpRequest.GET("/health")),
            Map.entry("GET /health/{selector}", () -> HttpRequest.GET("/health/liveness")),
            Map.entry("GET /prometheus", () -> HttpRequest.GET("/prometheus").accept(MediaType.TEXT_PLAIN_TYPE)),
            Map.entry("GET /persons/me/data", () -> HttpRequest.GET("/persons/me/data")),
            Map.entry("POST /persons/me/erasure", () -> HttpRequest.POST("/persons/me/erasure", "")));
    }

    @Test
    void everyRouteTheServiceServesHasARowAndARequest() {
        var served = proposals.server().getApplicationContext().getBean(Router.class).uriRoutes()
            .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
            .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
            .collect(Collectors.toSet());

        assertEquals(served, matrix.routes(), "routes served vs. rows in authorization-matrix.txt");
        assertEquals(served, requests.keySet(), "routes served vs. requests this test knows how to make");
    }

    @TestFactory
    Stream<DynamicTest> everyPersonaGetsWhatTheTableSays() {
        return matrix.cells().map(cell -> DynamicTest.dynamicTest(cell.persona() + " " + cell.route() + " -> " + cell.status(),
            () -> assertEquals(cell.status(), statusOf(withToken(requests.get(cell.route()).get(),
                tokenFor(cell.persona()))), cell.persona() + " on " + cell.route())));
    }

    private Optional<String> tokenFor(String persona) {
        return switch (persona) {
            case "anonymous" -> Optional.empty();
            case "resident" -> Optional.of(tokens.resident("matrix-resident", MUNICIPALITY));
            case "author" -> Optional.of(ideas.authorToken());
            case "association-admin" -> Optional.of(tokens.resident("matrix-association-admin", MUNICIPALITY));
            case "staff" -> Optional.of(tokens.staff("matrix-staff", MUNICIPALITY));
            case "staff-elsewhere" -> Optional.of(tokens.staff("matrix-staff-elsewhere", "4618"));
            case "admin" -> Optional.of(tokens.admin("matrix-admin", MUNICIPALITY));
            default -> throw new IllegalArgumentException("No persona " + persona + " in this test");
        };
    }

    /** The path of a fresh innbyggerforslag; 50 residents make its threshold one signature. */
    private String petitioned() {
        var path = "/ideas/" + ideas.publishedIdea() + "/petition";
        proposals.client().toBlocking().exchange(HttpRequest.POST(path, "").bearerAuth(ideas.authorToken()));
        return path;
    }

    private String signedPetition() {
        var path = petitioned();
        proposals.client().toBlocking().exchange(HttpRequest.PUT(path + "/signature", "")
            .bearerAuth(tokens.resident("matrix-signer", MUNICIPALITY)));
        return path;
    }

    private String sentPetition() {
        var path = signedPetition();
        proposals.client().toBlocking().exchange(HttpRequest.POST(path + "/sending", "").bearerAuth(ideas.authorToken()));
        return path;
    }

    private String authorsComment() {
        var id = ideas.publishedIdea();
        return "/ideas/" + id + "/comments/" + ideas.authorsComment(id);
    }

    private static MutableHttpRequest<?> post(String path, Map<String, String> body) {
        return HttpRequest.POST(path, body);
    }

    private static HttpRequest<?> withToken(MutableHttpRequest<?> request, Optional<String> token) {
        if (token.isEmpty()) {
            return request;
        }
        return request.bearerAuth(token.get());
    }

    private int statusOf(HttpRequest<?> request) {
        try {
            return proposals.client().toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException refusal) {
            return refusal.code();
        }
    }
}
