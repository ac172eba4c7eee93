package no.samskap.events.venues.application;

import no.samskap.events.events.domain.Refusal;

import java.util.Optional;
import java.util.UUID;

final class Ids {

    private Ids() {
    }

    static UUID read(String field, String text) {
        return parse(text).orElseThrow(() -> Refusal.invalid(field,
            "must be an id such as 7c1b2e4a-3d5f-4a6b-8c9d-0e1f2a3b4c5d"));
    }

    static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
