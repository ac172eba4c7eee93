package no.samskap.gateway.security;

import java.util.Set;
import java.util.TreeSet;

/** How a set of routes the gateway serves compares with the routes something else (a table, a test) covers. */
record RouteCoverage(Set<String> uncovered, Set<String> unknown) {

    static RouteCoverage of(Set<String> served, Set<String> covered) {
        var uncovered = new TreeSet<>(served);
        uncovered.removeAll(covered);
        var unknown = new TreeSet<>(covered);
        unknown.removeAll(served);
        return new RouteCoverage(uncovered, unknown);
    }

    boolean complete() {
        return uncovered.isEmpty() && unknown.isEmpty();
    }

    String describe(String covering) {
        return "served without " + covering + ": " + uncovered + "; in " + covering + " but not served: " + unknown;
    }
}
