package no.samskap.feedback.moderation.domain;

import no.samskap.feedback.feedback.domain.FeedbackId;

import java.util.Optional;

/** The one appeal a piece of feedback may have. */
public interface FeedbackAppeals {

    Optional<FeedbackAppeal> of(FeedbackId feedbackId);

    void add(FeedbackAppeal appeal);

    void decide(FeedbackAppeal decided);
}
