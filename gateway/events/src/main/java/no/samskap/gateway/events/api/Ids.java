package no.samskap.gateway.events.api;

import java.util.Optional;
import java.util.UUID;

/** Only well-formed ids are put into the service's paths, so no path can be smuggled through one. */
final class Ids {

    private Ids() {
    }

    static Optional<UUID> event(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
