package no.samskap.events.events.domain;

import java.util.Optional;
import java.util.UUID;

public record EventId(UUID value) {

    public static EventId random() {
        return new EventId(UUID.randomUUID());
    }

    public static Optional<EventId> parse(String text) {
        try {
            return Optional.of(new EventId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
