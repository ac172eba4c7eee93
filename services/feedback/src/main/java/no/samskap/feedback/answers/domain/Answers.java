package no.samskap.feedback.answers.domain;

import no.samskap.feedback.feedback.domain.FeedbackId;

import java.util.Optional;

/** The answers of feedback and the committed dates, kept on the feedback itself. */
public interface Answers {

    /** The feedback unless withdrawn, locked until the transaction ends so parallel answers come one after another. */
    Optional<FeedbackToAnswer> lock(FeedbackId feedbackId);

    void save(AnswerEvent.Answered answered);

    void save(AnswerEvent.ResponseDateChanged changed);
}
