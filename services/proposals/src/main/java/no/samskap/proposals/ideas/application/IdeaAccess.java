package no.samskap.proposals.ideas.application;

import io.micronaut.http.HttpStatus;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Comment;
import no.samskap.proposals.ideas.domain.Idea;

import java.util.List;
import java.util.Optional;

/**
 * Who may see and touch an idea. An idea that is not public, or that belongs to another municipality's
 * staff work, answers as if it did not exist: 404, never 403 with details.
 */
final class IdeaAccess {

    private IdeaAccess() {
    }

    static boolean canSee(Optional<SignedInPerson> viewer, Idea idea) {
        return canSee(viewer, idea, false);
    }

    /**
     * A hidden idea, or one whose author is blocked, is for its author and the municipality's staff, until a review
     * restores it or the block is lifted.
     */
    static boolean canSee(Optional<SignedInPerson> viewer, Idea idea, boolean authorBlocked) {
        return (idea.isPublic() && !idea.isHidden() && !authorBlocked) || viewer.map(person -> idea.isBy(person.subject())
            || person.isStaffOf(idea.municipality().number())).orElse(false);
    }

    static Idea requireVisible(Optional<SignedInPerson> viewer, Idea idea) {
        return requireVisible(viewer, idea, false);
    }

    static Idea requireVisible(Optional<SignedInPerson> viewer, Idea idea, boolean authorBlocked) {
        if (!canSee(viewer, idea, authorBlocked)) {
            throw notFound(idea);
        }
        return idea;
    }

    static ProblemException notFound(Idea idea) {
        return ProblemException.notFound("idea", idea.id().toString());
    }

    static Idea requireStaffOf(SignedInPerson person, Idea idea) {
        if (!person.municipality().equals(idea.municipality().number())) {
            throw ProblemException.notFound("idea", idea.id().toString());
        }
        if (!person.isStaffOf(idea.municipality().number())) {
            throw forbidden("Only the municipality's staff may do this.");
        }
        return idea;
    }

    static Idea requireResidentOf(SignedInPerson person, Idea idea) {
        requireVisible(Optional.of(person), idea);
        if (!person.roles().contains(Roles.RESIDENT)) {
            throw forbidden("Only residents may do this.");
        }
        if (!person.municipality().equals(idea.municipality().number())) {
            throw forbidden("You can take part in the ideas of your own municipality.");
        }
        return idea;
    }

    /**
     * Residents of the idea's municipality comment on it, and so do its staff and admins, officially; people of
     * other municipalities may read along. Returns whether the comment will be official.
     */
    static boolean requireCommenter(SignedInPerson person, Idea idea) {
        requireVisible(Optional.of(person), idea);
        if (person.isStaffOf(idea.municipality().number())) {
            return true;
        }
        if (!person.municipality().equals(idea.municipality().number())) {
            throw forbidden("You can take part in the ideas of your own municipality.");
        }
        if (!person.roles().contains(Roles.RESIDENT)) {
            throw forbidden("Only residents and the municipality's staff may comment.");
        }
        return false;
    }

    /**
     * A hidden comment's words and author, or a blocked author's, are for its author and the municipality's staff,
     * until a review restores it or the block is lifted.
     */
    static boolean canReadComment(Optional<SignedInPerson> viewer, Comment comment, boolean authorBlocked) {
        return (!comment.isHidden() && !authorBlocked) || viewer.map(person -> comment.isBy(person.subject())
            || person.isStaffOf(comment.municipality().number())).orElse(false);
    }

    static ProblemException blocked() {
        return new ProblemException(HttpStatus.FORBIDDEN, "blocked", "Blocked",
            "The municipality has blocked you from taking part.", List.of());
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of());
    }
}
