package no.samskap.feedback.feedback.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.feedback.feedback.application.FeedbackReading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Feedback as the API shows it to one viewer. {@code author} is there for the municipality's staff only, and only
 * when the feedback is not anonymous; a private {@code answer} only for the author and staff.
 */
@Serdeable
public record FeedbackView(String id, String municipality, @Nullable String eventId, @Nullable String eventTitle,
                           @Nullable String unit, int rating, @Nullable String text, @Nullable String wishNext,
                           boolean anonymous, boolean ideaConsent, LocalDate respondBy, Instant givenAt,
                           @Nullable Instant editedAt, Instant editableUntil, String status,
                           @Nullable String hiddenReason, @Nullable AnswerView answer, @Nullable String ideaId,
                           boolean mine, @Nullable AuthorView author) {

    public static FeedbackView of(FeedbackReading reading) {
        var feedback = reading.feedback();
        var contents = feedback.contents();
        var answer = Optional.ofNullable(reading.answerShown()).map(shown -> new AnswerView(shown.text(),
            shown.publicAnswer(), shown.answeredAt(), shown.onTime())).orElse(null);
        var author = Optional.ofNullable(reading.authorShown()).map(shown -> new AuthorView(shown.id(), shown.name()))
            .orElse(null);
        return new FeedbackView(feedback.id().toString(), feedback.municipality().value(),
            Optional.ofNullable(feedback.subject().eventId()).map(UUID::toString).orElse(null), reading.eventTitle(),
            feedback.subject().unit(), contents.rating(), contents.text(), contents.wishNext(), feedback.anonymous(),
            feedback.ideaConsent(), feedback.respondBy(), feedback.givenAt(), feedback.editedAt(),
            reading.editableUntil(), reading.hidden() ? "hidden" : "visible", reading.hiddenReason(), answer,
            Optional.ofNullable(reading.ideaId()).map(UUID::toString).orElse(null), reading.mine(), author);
    }

    @Serdeable
    public record AnswerView(@Nullable String text, boolean publicAnswer, Instant answeredAt, boolean onTime) {
    }

    @Serdeable
    public record AuthorView(String id, @Nullable String name) {
    }
}
