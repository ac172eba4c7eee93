package no.samskap.proposals.ideas.application;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.IdeaStatus;
import no.samskap.proposals.ideas.domain.Ideas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Marks ideas realised when the events service says the event that realises them took place, linked to that event,
 * and tells their followers "you said, we did" (supporting an idea follows it, unless the supporter unfollowed).
 * An idea that is already realised, or was never accepted, stays as it is: a redelivered or replayed message, or an
 * event that named an idea staff had not accepted, changes nothing.
 */
@Singleton
public class IdeaRealisations {

    private static final Logger LOG = LoggerFactory.getLogger(IdeaRealisations.class);

    private final Ideas ideas;
    private final IdeaSteps steps;

    IdeaRealisations(Ideas ideas, IdeaSteps steps) {
        this.ideas = ideas;
        this.steps = steps;
    }

    /** Runs in the transaction that marks the message processed. */
    public void eventCompleted(UUID event, List<UUID> ideaIds, String completedBy, Instant completedAt) {
        var at = completedAt.truncatedTo(ChronoUnit.MICROS);
        ideaIds.forEach(ideaId -> ideas.find(new IdeaId(ideaId)).ifPresentOrElse(idea -> {
            if (idea.status() == IdeaStatus.ACCEPTED) {
                steps.record(idea.realiseByEvent(new Actor(completedBy), event, at, IdeaSteps.newEventId()));
            } else {
                LOG.info("The event {} took place, but idea {} is {} and stays so.", event, ideaId,
                    idea.status().code());
            }
        }, () -> LOG.warn("The event {} took place and names idea {}, which this service does not know.", event,
            ideaId)));
    }
}
