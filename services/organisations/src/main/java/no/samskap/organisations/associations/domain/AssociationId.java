package no.samskap.organisations.associations.domain;

import java.util.Optional;
import java.util.UUID;

public record AssociationId(UUID value) {

    public static AssociationId random() {
        return new AssociationId(UUID.randomUUID());
    }

    /** The id in a path or a body, or empty when it is no UUID (so the caller answers 404 or names the field). */
    public static Optional<AssociationId> parse(String text) {
        try {
            return Optional.ofNullable(text).map(UUID::fromString).map(AssociationId::new);
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
