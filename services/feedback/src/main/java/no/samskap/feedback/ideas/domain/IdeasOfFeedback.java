package no.samskap.feedback.ideas.domain;

import no.samskap.feedback.feedback.domain.FeedbackId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Which idea each piece of feedback became, and whether its author has heard that the idea came true. */
public interface IdeasOfFeedback {

    void add(IdeaOfFeedback idea);

    Optional<IdeaOfFeedback> of(FeedbackId feedback);

    /**
     * Records that the idea was realised by the event (null when staff marked it realised by hand); the idea of
     * feedback the first time, empty when the idea came from no feedback or was realised before.
     */
    Optional<IdeaOfFeedback> realisedFirstTime(UUID ideaId, UUID eventId, Instant at);
}
