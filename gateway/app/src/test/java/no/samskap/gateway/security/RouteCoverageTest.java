package no.samskap.gateway.security;

import no.samskap.testkit.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's table bites: a route served without a row, or a row for a route no longer served, is named. */
class RouteCoverageTest {

    private final Set<String> rows = AuthorizationMatrix.read("/authorization-matrix.txt").routes();

    @Test
    void theWrittenTableCoversItself() {
        assertTrue(RouteCoverage.of(rows, rows).complete());
    }

    @Test
    void namesARouteServedWithoutARow() {
        var withoutTheDashboard = new HashSet<>(rows);
        withoutTheDashboard.remove("GET /stab/dashbord");

        var coverage = RouteCoverage.of(rows, withoutTheDashboard);

        assertFalse(coverage.complete());
        assertEquals(Set.of("GET /stab/dashbord"), coverage.uncovered());
        assertTrue(coverage.describe("a row").contains("served without a row: [GET /stab/dashbord]"));
    }

    @Test
    void namesARowForARouteNoLongerServed() {
        var served = new HashSet<>(rows);
        served.remove("POST /logg-ut");

        assertEquals(Set.of("POST /logg-ut"), RouteCoverage.of(served, rows).unknown());
    }

    @Test
    void hasARowForEveryPageTheIssueNames() {
        assertTrue(rows.containsAll(Set.of("GET /", "GET /kommuner/{municipality}/ideer", "GET /ideer/{id}", "GET /ideer/ny",
            "GET /meg", "GET /stab/innboks", "GET /stab/dashbord", "GET /tilgjengelighet", "GET /personvern", "GET /logg-inn",
            "POST /logg-ut", "GET /oauth/callback/keycloak", "GET /health")), rows.toString());
    }
}
