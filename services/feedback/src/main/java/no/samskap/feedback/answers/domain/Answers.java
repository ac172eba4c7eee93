package no.samskap.feedback.answers.domain;

import java.util.Optional;
import java.util.UUID;

/** The answers of feedback and the committed dates, kept on the feedback itself. */
public interface Answers {

    /** The feedback unless withdrawn, locked until the transaction ends so parallel answers come one after another. */
    Optional<FeedbackToAnswer> lock(UUID feedbackId);

    void save(AnswerEvent.Answered answered);

    void save(AnswerEvent.ResponseDateChanged changed);
}
