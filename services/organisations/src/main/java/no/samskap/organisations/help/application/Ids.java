package no.samskap.organisations.help.application;

import no.samskap.organisations.associations.domain.Refusal;

import java.util.Optional;
import java.util.UUID;

/** Ids of offers, requests and ideas as they come in: a bad one in a body names its field, one in a path is 404. */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String text) {
        try {
            return Optional.ofNullable(text).map(UUID::fromString);
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    static UUID inBody(String field, String text) {
        return parse(text).orElseThrow(() -> Refusal.invalid(field, "must be an id (a UUID)"));
    }

    public static UUID inPath(String what, String text) {
        return parse(text).orElseThrow(() -> Refusal.notFound("no " + what + " " + text));
    }
}
