package no.samskap.proposals.ideas.domain;

import java.util.Optional;
import java.util.UUID;

/** The feedback service's feedback each idea made of feedback came from. */
public interface FeedbackOrigins {

    void record(IdeaId idea, UUID feedbackId);

    Optional<UUID> of(IdeaId idea);
}
