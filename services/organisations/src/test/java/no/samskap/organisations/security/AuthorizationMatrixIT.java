package no.samskap.organisations.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.web.router.Router;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.AuthorizationMatrix;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks every route of the service against the written table in {@code authorization-matrix.txt}. */
@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final String MUNICIPALITY = AssociationFixtures.MUNICIPALITY;
    private static final String ASSOCIATION_ADMIN = "matrix-association-admin";
    private static final String MEMBER = "matrix-member";

    private final TestTokens tokens = TestTokens.shared();
    private final AuthorizationMatrix matrix = AuthorizationMatrix.read("/authorization-matrix.txt");
    private ApplicationUnderTest organisations;
    private AssociationFixtures associations;
    private Map<String, Supplier<MutableHttpRequest<?>>> requests;

    /** Each call makes a fresh association with its admin and member, so no cell depends on another. */
    @BeforeAll
    void start(ApplicationUnderTest organisations) {
        this.organisations = organisations;
        associations = new AssociationFixtures(organisations.client());
        associations.registeredBy("matrix-admin-elsewhere");
        requests = Map.ofEntries(
            Map.entry("POST /associations", () -> HttpRequest.POST("/associations", Map.of("organisationNumber",
                AssociationFixtures.freshOrganisationNumber(), "name", "Rana Teaterlag", "type", "teater"))),
            Map.entry("GET /associations/{id}", () -> HttpRequest.GET("/associations/" + association())),
            Map.entry("PATCH /associations/{id}", () -> HttpRequest.PATCH("/associations/" + association(),
                Map.of("description", "Vi øver på onsdager."))),
            Map.entry("POST /associations/{id}/verification",
                () -> HttpRequest.POST("/associations/" + association() + "/verification", "")),
            Map.entry("GET /health", () -> HttpRequest.GET("/health")),
            Map.entry("GET /health/{selector}", () -> HttpRequest.GET("/health/liveness")));
    }

    @Test
    void everyRouteTheServiceServesHasARowAndARequest() {
        var served = organisations.server().getApplicationContext().getBean(Router.class).uriRoutes()
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
            () -> assertEquals(cell.status(), organisations.statusOf(withToken(requests.get(cell.route()).get(),
                tokenFor(cell.persona()))), cell.persona() + " on " + cell.route())));
    }

    /** A fresh association of 1833 run by the matrix's association admin, with the matrix's member in it. */
    private String association() {
        var id = associations.registeredBy(ASSOCIATION_ADMIN);
        try (var connection = organisations.connect(); var statement = connection.prepareStatement("""
                insert into membership (association_id, person_id, role, added_by, added_at)
                values (?::uuid, ?, 'member', ?, now())""")) {
            statement.setString(1, id);
            statement.setString(2, MEMBER);
            statement.setString(3, ASSOCIATION_ADMIN);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the matrix member", e);
        }
        return id;
    }

    private Optional<String> tokenFor(String persona) {
        return switch (persona) {
            case "anonymous" -> Optional.empty();
            case "resident" -> Optional.of(tokens.resident("matrix-resident", MUNICIPALITY));
            case "member" -> Optional.of(tokens.resident(MEMBER, MUNICIPALITY));
            case "association-admin" -> Optional.of(tokens.resident(ASSOCIATION_ADMIN, MUNICIPALITY));
            case "admin-elsewhere" -> Optional.of(tokens.resident("matrix-admin-elsewhere", MUNICIPALITY));
            case "staff" -> Optional.of(tokens.staff("matrix-staff", MUNICIPALITY));
            case "staff-elsewhere" -> Optional.of(tokens.staff("matrix-staff-elsewhere", "4618"));
            case "admin" -> Optional.of(tokens.admin("matrix-admin", MUNICIPALITY));
            default -> throw new IllegalArgumentException("No persona " + persona + " in this test");
        };
    }

    private static HttpRequest<?> withToken(MutableHttpRequest<?> request, Optional<String> token) {
        if (token.isEmpty()) {
            return request;
        }
        return request.bearerAuth(token.get());
    }
}
