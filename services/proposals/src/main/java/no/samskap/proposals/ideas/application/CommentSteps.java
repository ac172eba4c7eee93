package no.samskap.proposals.ideas.application;

import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Blocks;
import no.samskap.proposals.ideas.domain.Comment;
import no.samskap.proposals.ideas.domain.CommentEvent;
import no.samskap.proposals.ideas.domain.CommentId;
import no.samskap.proposals.ideas.domain.Comments;
import no.samskap.proposals.ideas.domain.Idea;

import java.util.Optional;
import java.util.UUID;

/** Loads comments of an idea and records each change with its message, in the caller's transaction. */
@Singleton
class CommentSteps {

    private final Comments comments;
    private final CommentMessages messages;
    private final Blocks blocks;

    CommentSteps(Comments comments, CommentMessages messages, Blocks blocks) {
        this.comments = comments;
        this.messages = messages;
        this.blocks = blocks;
    }

    /** A comment id that is no comment of this idea answers 404, like an unknown idea. */
    Comment load(Idea idea, String commentId) {
        return find(commentId).filter(comment -> comment.ideaId().equals(idea.id()))
            .orElseThrow(() -> ProblemException.notFound("comment", commentId));
    }

    Optional<Comment> find(String commentId) {
        try {
            return comments.find(new CommentId(UUID.fromString(commentId)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    Comment add(Comment.Change change) {
        comments.add(change.comment());
        messages.publish(change.domainEvent());
        return change.comment();
    }

    /**
     * On the wire a comment's hidings and restorings alternate, as an idea's do (see {@code IdeaSteps}): while its
     * author is blocked, a moderator's hiding takes over from the block's, and a restored comment is hidden again.
     */
    Comment record(Comment.Change change) {
        var saved = comments.update(change.comment());
        var step = change.domainEvent();
        var blocked = blocks.isBlocked(saved.municipality(), saved.authorId());
        if (blocked && step instanceof CommentEvent.CommentHidden) {
            messages.publishShownAfterBlock(saved, Actor.PLATFORM, step.occurredAt());
        }
        messages.publish(step);
        if (blocked && step instanceof CommentEvent.CommentRestored) {
            messages.publishHiddenWhileAuthorBlocked(saved, Actor.PLATFORM, step.occurredAt());
        }
        return saved;
    }
}
