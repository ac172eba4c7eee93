package no.samskap.proposals.ideas.domain;

import java.util.Objects;
import java.util.UUID;

public record IdeaId(UUID value) {

    public IdeaId {
        Objects.requireNonNull(value, "value");
    }

    public static IdeaId random() {
        return new IdeaId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
