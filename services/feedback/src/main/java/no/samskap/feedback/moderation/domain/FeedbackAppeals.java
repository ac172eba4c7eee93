package no.samskap.feedback.moderation.domain;

import java.util.Optional;
import java.util.UUID;

/** The one appeal a piece of feedback may have. */
public interface FeedbackAppeals {

    Optional<FeedbackAppeal> of(UUID feedbackId);

    void add(FeedbackAppeal appeal);

    void decide(FeedbackAppeal decided);
}
