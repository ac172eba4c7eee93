package no.samskap.events.registrations.domain;

import java.util.Optional;
import java.util.UUID;

public record RegistrationId(UUID value) {

    public static RegistrationId random() {
        return new RegistrationId(UUID.randomUUID());
    }

    public static Optional<RegistrationId> parse(String text) {
        try {
            return Optional.of(new RegistrationId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
