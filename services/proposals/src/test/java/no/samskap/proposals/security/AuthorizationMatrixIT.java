package no.samskap.proposals.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.web.router.Router;
import no.samskap.proposals.ProposalsApplicationUnderTest;
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

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks every route of the service against the written table in {@code authorization-matrix.txt}. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final String MUNICIPALITY = "1833";

    private final TestTokens tokens = TestTokens.shared();
    private final AuthorizationMatrix matrix = AuthorizationMatrix.read("/authorization-matrix.txt");
    private ProposalsApplicationUnderTest proposals;
    private Map<String, Function<String, HttpRequest<?>>> requests;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = new ProposalsApplicationUnderTest(infrastructure);
        var ideaOfTheAuthor = submitIdeaAs(tokenFor("author").orElseThrow());
        requests = Map.of(
            "POST /ideas", token -> withToken(HttpRequest.POST("/ideas",
                Map.of("title", "Sommerkino i parken", "body", "Film under åpen himmel.", "serviceArea", "kino")), token),
            "GET /ideas/{id}", token -> withToken(HttpRequest.GET("/ideas/" + ideaOfTheAuthor), token),
            "GET /health", token -> withToken(HttpRequest.GET("/health"), token),
            "GET /health/{selector}", token -> withToken(HttpRequest.GET("/health/liveness"), token));
    }

    @AfterAll
    void stop() {
        proposals.close();
    }

    @Test
    void everyRouteTheServiceServesHasARowAndARequest() {
        var served = proposals.server.getApplicationContext().getBean(Router.class).uriRoutes()
            .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
            .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
            .collect(Collectors.toSet());

        assertEquals(served, matrix.routes(), "routes served vs. rows in authorization-matrix.txt");
        assertEquals(served, requests.keySet(), "routes served vs. requests this test knows how to make");
    }

    @TestFactory
    Stream<DynamicTest> everyPersonaGetsWhatTheTableSays() {
        return matrix.cells().map(cell -> DynamicTest.dynamicTest(cell.persona() + " " + cell.route() + " -> " + cell.status(),
            () -> assertEquals(cell.status(), statusOf(requests.get(cell.route()).apply(tokenFor(cell.persona()).orElse(null))),
                cell.persona() + " on " + cell.route())));
    }

    private Optional<String> tokenFor(String persona) {
        return switch (persona) {
            case "anonymous" -> Optional.empty();
            case "resident" -> Optional.of(tokens.resident("matrix-resident", MUNICIPALITY));
            case "author" -> Optional.of(tokens.resident("matrix-author", MUNICIPALITY));
            case "association-admin" -> Optional.of(tokens.resident("matrix-association-admin", MUNICIPALITY));
            case "staff" -> Optional.of(tokens.staff("matrix-staff", MUNICIPALITY));
            case "staff-elsewhere" -> Optional.of(tokens.staff("matrix-staff-elsewhere", "4618"));
            case "admin" -> Optional.of(tokens.admin("matrix-admin", MUNICIPALITY));
            default -> throw new IllegalArgumentException("No persona " + persona + " in this test");
        };
    }

    private String submitIdeaAs(String token) {
        var created = proposals.client.toBlocking().retrieve(HttpRequest.POST("/ideas",
            Map.of("title", "Idé til matrisen", "body", "Skrevet av forfatteren.", "serviceArea", "annet")).bearerAuth(token),
            Map.class);
        return (String) created.get("id");
    }

    private static HttpRequest<?> withToken(io.micronaut.http.MutableHttpRequest<?> request, String token) {
        return token == null ? request : request.bearerAuth(token);
    }

    private int statusOf(HttpRequest<?> request) {
        try {
            return proposals.client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException refusal) {
            return refusal.code();
        }
    }
}
