package no.samskap.feedback.moderation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hiding state of feedback, kept on the feedback itself. Withdrawn feedback is out of moderation's reach. */
public interface ModeratedFeedback {

    /** The feedback unless withdrawn, locked until the transaction ends so parallel steps come one after another. */
    Optional<FeedbackToModerate> lock(UUID feedbackId);

    void save(ModerationEvent event);

    /** The author's feedback in the municipality, not withdrawn, locked as {@link #lock} does. */
    List<FeedbackToModerate> lockAllBy(String municipality, String authorId);
}
