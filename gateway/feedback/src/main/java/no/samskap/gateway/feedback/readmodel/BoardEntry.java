package no.samskap.gateway.feedback.readmodel;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of feedback as the read model knows it: never its author. {@code answerText} is there only for a public
 * answer; that a private one was given shows in {@code answeredAt}.
 */
public record BoardEntry(String id, String municipality, @Nullable String eventId, @Nullable String eventTitle,
                         @Nullable String unit, int rating, @Nullable String text, @Nullable String wishNext,
                         boolean anonymous, LocalDate respondBy, Instant givenAt, @Nullable Instant editedAt,
                         boolean hidden, @Nullable String hiddenReason, @Nullable Instant answeredAt,
                         @Nullable Boolean answerPublic, @Nullable String answerText,
                         @Nullable Boolean answeredOnTime, @Nullable String ideaId, @Nullable String ideaTitle) {

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean publiclyAnswered() {
        return answered() && Boolean.TRUE.equals(answerPublic);
    }
}
