package no.samskap.proposals.ideas.application;

import io.micronaut.core.annotation.Nullable;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Comment;
import no.samskap.proposals.ideas.domain.CommentAppeal;

import java.time.Instant;
import java.util.Optional;

/**
 * A comment as one viewer may see it: {@code readable} is false for a hidden comment, or a blocked author's,
 * shown to the public,
 * which then shows neither words nor author. {@code appeal} is the comment's appeal, if it has one.
 */
public record SeenComment(Comment comment, boolean readable, boolean editableByViewer, @Nullable CommentAppeal appeal) {

    static SeenComment by(Optional<SignedInPerson> viewer, Comment comment, Instant now) {
        return by(viewer, comment, false, now);
    }

    static SeenComment by(Optional<SignedInPerson> viewer, Comment comment, boolean authorBlocked, Instant now) {
        return new SeenComment(comment, IdeaAccess.canReadComment(viewer, comment, authorBlocked),
            viewer.map(person -> comment.isEditableBy(person.subject(), now)).orElse(false), null);
    }

    SeenComment withAppeal(@Nullable CommentAppeal commentAppeal) {
        return new SeenComment(comment, readable, editableByViewer, commentAppeal);
    }
}
