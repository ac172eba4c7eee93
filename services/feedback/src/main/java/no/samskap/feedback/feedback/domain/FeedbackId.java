package no.samskap.feedback.feedback.domain;

import java.util.Optional;
import java.util.UUID;

public record FeedbackId(UUID value) {

    public static FeedbackId random() {
        return new FeedbackId(UUID.randomUUID());
    }

    public static Optional<FeedbackId> parse(String text) {
        try {
            return Optional.of(new FeedbackId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
