package no.samskap.proposals.ideas.application;

import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.proposals.ideas.domain.Comment;
import no.samskap.proposals.ideas.domain.CommentId;
import no.samskap.proposals.ideas.domain.Comments;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.messaging.CommentMessages;

import java.util.Optional;
import java.util.UUID;

/** Loads comments of an idea and records each change with its message, in the caller's transaction. */
@Singleton
class CommentSteps {

    private final Comments comments;
    private final CommentMessages messages;

    CommentSteps(Comments comments, CommentMessages messages) {
        this.comments = comments;
        this.messages = messages;
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

    Comment record(Comment.Change change) {
        var saved = comments.update(change.comment());
        messages.publish(change.domainEvent());
        return saved;
    }
}
