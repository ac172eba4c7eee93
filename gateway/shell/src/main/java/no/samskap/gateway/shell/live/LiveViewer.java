package no.samskap.gateway.shell.live;

import io.micronaut.http.HttpParameters;
import io.micronaut.security.authentication.Authentication;
import no.samskap.platform.problem.ProblemException;

import java.util.Optional;
import java.util.function.Predicate;

/** Who opened a live stream, signed in or not, and what they asked for in the query. */
public record LiveViewer(HttpParameters query, Optional<Authentication> authentication) {

    /** The query value {@code name}, which must be present and match {@code pattern}, or a 400 naming it. */
    public String required(String name, Predicate<String> valid, String requirement) {
        var value = query.get(name);
        if (value == null || !valid.test(value)) {
            throw ProblemException.invalidField(name, requirement);
        }
        return value;
    }

    /** The sign-in of a viewer the stream's audience required to be signed in. */
    public Authentication signedIn() {
        return authentication.orElseThrow(() -> new IllegalStateException("The stream's audience admitted no one signed in"));
    }
}
