package no.samskap.feedback.answers.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What answering feedback changed; each is told to the author and published without naming them. */
public sealed interface AnswerEvent {

    FeedbackToAnswer feedback();

    Instant occurredAt();

    record Answered(FeedbackToAnswer feedback, Answer answer) implements AnswerEvent {

        @Override
        public Instant occurredAt() {
            return answer.answeredAt();
        }
    }

    record ResponseDateChanged(FeedbackToAnswer feedback, LocalDate respondBy, String reason, String changedBy,
                               Instant occurredAt) implements AnswerEvent {
    }
}
