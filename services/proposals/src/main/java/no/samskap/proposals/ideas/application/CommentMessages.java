package no.samskap.proposals.ideas.application;

import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Comment;
import no.samskap.proposals.ideas.domain.CommentEvent;

import java.time.Instant;

/**
 * What the application tells other services about comments; the messaging adapter writes it to the outbox in the
 * caller's transaction.
 */
public interface CommentMessages {

    void publish(CommentEvent domainEvent);

    /** The public no longer sees the comment because its author was blocked; the block's reason stays here. */
    void publishHiddenWhileAuthorBlocked(Comment comment, Actor actor, Instant now);

    /** The block of the comment's author was lifted and the public sees the comment again. */
    void publishShownAfterBlock(Comment comment, Actor admin, Instant now);
}
