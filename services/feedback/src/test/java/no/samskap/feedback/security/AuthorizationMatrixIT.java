package no.samskap.feedback.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.web.router.Router;
import no.samskap.feedback.FeedbackApplication;
import no.samskap.feedback.FeedbackFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.AuthorizationMatrix;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
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

import static no.samskap.feedback.FeedbackFixtures.RANA;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks every route of the service against the written table in {@code authorization-matrix.txt}. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final String ATTENDEE = "matrix-attendee";

    private final TestTokens tokens = TestTokens.shared();
    private final AuthorizationMatrix matrix = AuthorizationMatrix.read("/authorization-matrix.txt");
    private ApplicationUnderTest feedback;
    private FeedbackFixtures fixtures;
    private Map<String, Supplier<MutableHttpRequest<?>>> requests;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        feedback = ApplicationUnderTest.start(FeedbackApplication.class, infrastructure, Map.of());
        fixtures = new FeedbackFixtures(feedback, infrastructure);
        fixtures.describedMunicipality(RANA);
        requests = Map.ofEntries(
            Map.entry("POST /feedback", () -> HttpRequest.POST("/feedback", FeedbackFixtures.onEvent(event(), 4))),
            Map.entry("GET /feedback", () -> HttpRequest.GET("/feedback?municipality=" + RANA)),
            Map.entry("GET /feedback/{id}", () -> HttpRequest.GET("/feedback/" + attendeesFeedback())),
            Map.entry("PATCH /feedback/{id}", () -> HttpRequest.PATCH("/feedback/" + attendeesFeedback(),
                Map.of("rating", 2))),
            Map.entry("DELETE /feedback/{id}", () -> HttpRequest.DELETE("/feedback/" + attendeesFeedback())),
            Map.entry("GET /me/feedback", () -> HttpRequest.GET("/me/feedback")),
            Map.entry("GET /units", () -> HttpRequest.GET("/units?municipality=" + RANA)),
            Map.entry("GET /events/{eventId}/feedback-eligibility", () -> HttpRequest.GET("/events/" + event()
                + "/feedback-eligibility")),
            Map.entry("POST /feedback/{id}/answer", () -> HttpRequest.POST("/feedback/" + attendeesFeedback()
                + "/answer", Map.of("text", "Takk, vi tar det med oss.", "publicAnswer", true))),
            Map.entry("PUT /feedback/{id}/response-date", () -> HttpRequest.PUT("/feedback/" + attendeesFeedback()
                + "/response-date", Map.of("respondBy", LocalDate.now().plusDays(30).toString(),
                "reason", "Vi venter på budsjettet."))),
            Map.entry("POST /feedback/{id}/reports", () -> HttpRequest.POST("/feedback/" + attendeesFeedback()
                + "/reports", Map.of("reason", "Stygt språk."))),
            Map.entry("POST /feedback/{id}/hiding", () -> HttpRequest.POST("/feedback/" + attendeesFeedback()
                + "/hiding", Map.of("reason", "Usaklig."))),
            Map.entry("POST /feedback/{id}/restoration", () -> HttpRequest.POST("/feedback/" + hiddenFeedback()
                + "/restoration", Map.of("reason", "Saklig nok."))),
            Map.entry("POST /feedback/{id}/appeal", () -> HttpRequest.POST("/feedback/" + hiddenFeedback()
                + "/appeal", Map.of("text", "Jeg skrev hva jeg opplevde."))),
            Map.entry("POST /feedback/{id}/appeal/decision", () -> HttpRequest.POST("/feedback/" + appealedFeedback()
                + "/appeal/decision", Map.of("restore", true, "reason", "Saklig kritikk."))),
            Map.entry("GET /moderation/feedback", () -> HttpRequest.GET("/moderation/feedback?municipality=" + RANA)),
            Map.entry("GET /municipalities/{municipality}/feedback-settings", () -> HttpRequest.GET(
                "/municipalities/" + RANA + "/feedback-settings")),
            Map.entry("PUT /municipalities/{municipality}/feedback-settings", () -> HttpRequest.PUT(
                "/municipalities/" + RANA + "/feedback-settings", Map.of("reportThreshold", 3))),
            Map.entry("POST /feedback/{id}/idea", () -> HttpRequest.POST("/feedback/" + attendeesFeedback() + "/idea",
                Map.of("title", "Flere konserter", "body", "Som publikum ønsket seg.", "serviceArea", "kulturhus"))),
            Map.entry("GET /figures", () -> HttpRequest.GET("/figures?municipality=" + RANA)),
            Map.entry("GET /figures/public", () -> HttpRequest.GET("/figures/public?municipality=" + RANA)),
            Map.entry("GET /persons/me/data", () -> HttpRequest.GET("/persons/me/data")),
            Map.entry("GET /openapi/feedback.yml", () -> HttpRequest.GET("/openapi/feedback.yml")),
            Map.entry("GET /health", () -> HttpRequest.GET("/health")),
            Map.entry("GET /health/{selector}", () -> HttpRequest.GET("/health/liveness")),
            Map.entry("GET /prometheus", () -> HttpRequest.GET("/prometheus").accept(MediaType.TEXT_PLAIN_TYPE)));
    }

    @AfterAll
    void stop() {
        fixtures.close();
        feedback.close();
    }

    @Test
    void everyRouteTheServiceServesHasARowAndARequest() {
        var served = feedback.server().getApplicationContext().getBean(Router.class).uriRoutes()
            .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
            .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
            .collect(Collectors.toSet());

        assertEquals(served, matrix.routes(), "routes served vs. rows in authorization-matrix.txt");
        assertEquals(served, requests.keySet(), "routes served vs. requests this test knows how to make");
    }

    @TestFactory
    Stream<DynamicTest> everyPersonaGetsWhatTheTableSays() {
        return matrix.cells().map(cell -> DynamicTest.dynamicTest(cell.persona() + " " + cell.route() + " -> "
                + cell.status(),
            () -> assertEquals(cell.status(), feedback.statusOf(withToken(requests.get(cell.route()).get(),
                tokenFor(cell.persona()))), cell.persona() + " on " + cell.route())));
    }

    /** A fresh completed event of 1833 the attendee registered for. */
    private String event() {
        return fixtures.completedEvent(RANA, "Matrisekonsert", ATTENDEE);
    }

    /** The attendee's feedback on a fresh completed event. */
    private String attendeesFeedback() {
        return fixtures.give(fixtures.resident(ATTENDEE, RANA), FeedbackFixtures.onEvent(event(), 4));
    }

    /** The attendee's feedback on a fresh completed event, hidden by a moderator of 1833 who is none of the personas. */
    private String hiddenFeedback() {
        var id = attendeesFeedback();
        fixtures.client().toBlocking().exchange(HttpRequest.POST("/feedback/" + id + "/hiding",
            Map.of("reason", "Usaklig.")).bearerAuth(tokens.staff("matrix-moderator", RANA)));
        return id;
    }

    /** Hidden feedback as above, which the attendee appealed. */
    private String appealedFeedback() {
        var id = hiddenFeedback();
        fixtures.client().toBlocking().exchange(HttpRequest.POST("/feedback/" + id + "/appeal",
            Map.of("text", "Jeg skrev hva jeg opplevde.")).bearerAuth(fixtures.resident(ATTENDEE, RANA)));
        return id;
    }

    private Optional<String> tokenFor(String persona) {
        return switch (persona) {
            case "anonymous" -> Optional.empty();
            case "attendee" -> Optional.of(fixtures.resident(ATTENDEE, RANA));
            case "resident" -> Optional.of(tokens.resident("matrix-resident", RANA));
            case "staff" -> Optional.of(tokens.staff("matrix-staff", RANA));
            case "staff-elsewhere" -> Optional.of(tokens.staff("matrix-staff-elsewhere",
                FeedbackFixtures.ULLENSVANG));
            case "admin" -> Optional.of(tokens.admin("matrix-admin", RANA));
            default -> throw new IllegalArgumentException("No persona " + persona + " in this test");
        };
    }

    private static HttpRequest<?> withToken(MutableHttpRequest<?> request, Optional<String> token) {
        return token.isEmpty() ? request : request.bearerAuth(token.get());
    }
}
