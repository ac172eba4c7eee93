package no.samskap.proposals.ideas.application;

import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Comment;

import java.time.Instant;
import java.util.Optional;

/**
 * A comment as one viewer may see it: {@code readable} is false for a hidden comment, or a blocked author's,
 * shown to the public,
 * which then shows neither words nor author.
 */
public record SeenComment(Comment comment, boolean readable, boolean editableByViewer) {

    static SeenComment by(Optional<SignedInPerson> viewer, Comment comment, Instant now) {
        return by(viewer, comment, false, now);
    }

    static SeenComment by(Optional<SignedInPerson> viewer, Comment comment, boolean authorBlocked, Instant now) {
        return new SeenComment(comment, IdeaAccess.canReadComment(viewer, comment, authorBlocked),
            viewer.map(person -> comment.isEditableBy(person.subject(), now)).orElse(false));
    }
}
