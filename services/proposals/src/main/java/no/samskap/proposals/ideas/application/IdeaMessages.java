package no.samskap.proposals.ideas.application;

import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaEvent;

import java.time.Instant;

/**
 * What the application tells other services about ideas; the messaging adapter writes it to the outbox in the
 * caller's transaction.
 */
public interface IdeaMessages {

    void publish(IdeaEvent domainEvent);

    void publishSupportGiven(Idea idea, String supporterId, int count, Instant now);

    void publishSupportWithdrawn(Idea idea, String supporterId, int count, Instant now);

    /** A report of the idea, or of one of its comments when {@code commentId} is set, without who reported it. */
    void publishReported(Idea idea, String commentId, String reason, int openReports, Instant now);

    void publishSupportThresholdReached(Idea idea, int count, int threshold, Instant now);

    void publishFollowed(Idea idea, String followerId, Instant now);

    void publishUnfollowed(Idea idea, String followerId, Instant now);

    /**
     * The public no longer sees the idea because its author was blocked; nothing was decided about the idea, so it is
     * no step on its timeline. The block's reason stays in the service.
     */
    void publishHiddenWhileAuthorBlocked(Idea idea, Actor actor, Instant now);

    /** The block of the idea's author was lifted and the public sees the idea again. */
    void publishShownAfterBlock(Idea idea, Actor admin, Instant now);
}
