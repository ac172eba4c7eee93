package no.samskap.proposals.ideas.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A comment on a public idea, or an answer to one: threads are one level deep. Its author may edit it for a
 * short while; anyone signed in may report it, and enough reports hide it until staff review it. Methods decide
 * and return what happened; saving and publishing is the application layer's job.
 */
public record Comment(CommentId id, IdeaId ideaId, Municipality municipality, CommentId parentId, String authorId,
                      boolean official, String body, Instant writtenAt, Instant editedAt, Hiding hiding, Long version) {

    public static final int BODY_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    /** Why a comment is hidden, by whom ({@link Actor#PLATFORM} when reports hid it) and since when. */
    public record Hiding(String reason, Actor hiddenBy, Instant hiddenAt) {
    }

    /** The comment after a step, and the domain event that says what the step was. */
    public record Change(Comment comment, CommentEvent domainEvent) {
    }

    /** A top-level comment on the idea; {@code official} when the municipality's staff write it. */
    public static Change write(CommentId id, Idea idea, Actor author, boolean official, String body, Instant now,
                               UUID eventId) {
        return create(id, idea, null, author, official, body, now, eventId);
    }

    /** An answer to this comment, which must be a top-level comment on the same idea. */
    public Change answer(CommentId id, Idea idea, Actor author, boolean official, String body, Instant now, UUID eventId) {
        if (!ideaId.equals(idea.id())) {
            throw new InvalidIdeaException("parentId", "must be a comment on the same idea");
        }
        if (isAnswer()) {
            throw new InvalidIdeaException("parentId", "is itself an answer; answer the comment it answers instead");
        }
        return create(id, idea, this.id, author, official, body, now, eventId);
    }

    public Change edit(Actor editor, String newBody, Instant now, UUID eventId) {
        if (!isBy(editor.id())) {
            throw new NotTheAuthorException("Only the author of a comment may edit it");
        }
        if (isHidden()) {
            throw new CommentRefusedException("A hidden comment cannot be edited while it waits for review");
        }
        if (now.isAfter(editableUntil())) {
            throw new CommentRefusedException("A comment can be edited for " + EDIT_WINDOW.toMinutes()
                + " minutes after it was written");
        }
        var cleanBody = Texts.requireLength("body", newBody, 1, BODY_MAX);
        return new Change(new Comment(id, ideaId, municipality, parentId, authorId, official, cleanBody, writtenAt, now,
            hiding, version), new CommentEvent.CommentEdited(eventId, now, ideaId, municipality, id, editor, cleanBody));
    }

    /** Someone other than its author reports the comment; one report per person counts. */
    public CommentReport report(String reporterId, String reason, Instant now) {
        if (isBy(reporterId)) {
            throw new CommentRefusedException("You cannot report your own comment");
        }
        return new CommentReport(id, reporterId, Texts.requireLength("reason", reason, 1, REASON_MAX), now);
    }

    /** Hidden pending review once its open reports reach the municipality's threshold; otherwise nothing happens. */
    public Optional<Change> hideAfterReports(int openReports, int threshold, Instant now, UUID eventId) {
        if (isHidden() || openReports < threshold) {
            return Optional.empty();
        }
        return Optional.of(hidden(Actor.PLATFORM, "Hidden pending review after " + openReports + " reports.", now,
            eventId));
    }

    public Change hide(Actor staff, String reason, Instant now, UUID eventId) {
        var cleanReason = Texts.requireLength("reason", reason, 1, REASON_MAX);
        if (isHidden()) {
            throw new CommentRefusedException("The comment is hidden already");
        }
        return hidden(staff, cleanReason, now, eventId);
    }

    /** Like hiding, restoring is a moderator's decision and carries a reason the author reads. */
    public Change restore(Actor staff, String reason, Instant now, UUID eventId) {
        var cleanReason = Texts.requireLength("reason", reason, 1, REASON_MAX);
        if (!isHidden()) {
            throw new CommentRefusedException("Only a hidden comment can be restored");
        }
        return new Change(withHiding(null),
            new CommentEvent.CommentRestored(eventId, now, ideaId, municipality, id, staff, cleanReason));
    }

    public boolean isAnswer() {
        return parentId != null;
    }

    public boolean isHidden() {
        return hiding != null;
    }

    public boolean isBy(String personId) {
        return authorId.equals(personId);
    }

    public Instant editableUntil() {
        return writtenAt.plus(EDIT_WINDOW);
    }

    public boolean isEditableBy(String personId, Instant now) {
        return isBy(personId) && !isHidden() && !now.isAfter(editableUntil());
    }

    private static Change create(CommentId id, Idea idea, CommentId parentId, Actor author, boolean official, String body,
                                 Instant now, UUID eventId) {
        idea.checkOpenForComments();
        var cleanBody = Texts.requireLength("body", body, 1, BODY_MAX);
        var comment = new Comment(id, idea.id(), idea.municipality(), parentId, author.id(), official, cleanBody, now,
            null, null, null);
        return new Change(comment, new CommentEvent.CommentAdded(eventId, now, idea.id(), idea.municipality(), id, author,
            parentId, official, cleanBody));
    }

    private Change hidden(Actor by, String reason, Instant now, UUID eventId) {
        return new Change(withHiding(new Hiding(reason, by, now)),
            new CommentEvent.CommentHidden(eventId, now, ideaId, municipality, id, by, reason));
    }

    private Comment withHiding(Hiding newHiding) {
        return new Comment(id, ideaId, municipality, parentId, authorId, official, body, writtenAt, editedAt, newHiding,
            version);
    }
}
