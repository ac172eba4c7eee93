package no.samskap.gateway.organisations.api;

import no.samskap.platform.problem.ProblemException;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Only well-formed ids are put into the service's paths, so no path can be smuggled through one. */
final class Ids {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private Ids() {
    }

    static Optional<UUID> association(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    static UUID required(String what, String id) {
        return association(id).orElseThrow(() -> ProblemException.notFound(what, id));
    }

    static String person(String id) {
        if (!SUBJECT.matcher(id).matches()) {
            throw ProblemException.notFound("member", id);
        }
        return id;
    }
}
