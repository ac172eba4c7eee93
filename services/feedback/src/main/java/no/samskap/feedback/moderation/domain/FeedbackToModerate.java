package no.samskap.feedback.moderation.domain;

import no.samskap.feedback.feedback.domain.Refusal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What moderation needs of a piece of feedback: its municipality, its author (to refuse their own report and to tell
 * them), a {@code title} for their feed, and its hiding, null while it is public.
 */
public record FeedbackToModerate(UUID id, String municipality, String authorId, String title, Hiding hiding) {

    public static final int REASON_MAX = 1000;

    public boolean isHidden() {
        return hiding != null;
    }

    public boolean isBy(String personId) {
        return authorId.equals(personId);
    }

    /** Someone other than its author reports the public feedback; one report per person counts. */
    public FeedbackReport report(String reporterId, String reason, Instant now) {
        var cleanReason = requireText("reason", reason, REASON_MAX);
        if (isBy(reporterId)) {
            throw Refusal.rule(Refusal.Kind.UNPROCESSABLE, "own-feedback", null, "you cannot report your own feedback");
        }
        if (isHidden()) {
            throw Refusal.rule(Refusal.Kind.CONFLICT, "hidden-already", null,
                "the feedback is hidden already and waits for review");
        }
        return new FeedbackReport(id, reporterId, cleanReason, now);
    }

    /** Hidden pending review once its open reports reach the municipality's threshold; otherwise nothing happens. */
    public Optional<ModerationEvent.Hidden> hideAfterReports(int openReports, int threshold, Instant now) {
        if (isHidden() || openReports < threshold) {
            return Optional.empty();
        }
        return Optional.of(hidden(new Hiding("Hidden pending review after " + openReports + " reports.",
            Hiding.MODERATION, Hiding.PLATFORM, now)));
    }

    /**
     * A moderator hides it with a reason the author reads. Feedback hidden pending review or while its author is
     * blocked may be hidden by a moderator, which makes it their decision; a moderator's hiding stands until restored.
     */
    public ModerationEvent.Hidden hide(String staffId, String reason, Instant now) {
        var cleanReason = requireText("reason", reason, REASON_MAX);
        if (isHidden() && !hiding.pendingReview() && !hiding.byBlock()) {
            throw Refusal.rule(Refusal.Kind.CONFLICT, "hidden-already", null,
                "the feedback is hidden by a moderator already");
        }
        return hidden(new Hiding(cleanReason, Hiding.MODERATION, staffId, now));
    }

    /** Like hiding, restoring is a moderator's decision with a reason the author reads; a block is lifted only. */
    public ModerationEvent.Restored restore(String staffId, String reason, Instant now) {
        var cleanReason = requireText("reason", reason, REASON_MAX);
        if (!isHidden()) {
            throw Refusal.rule(Refusal.Kind.CONFLICT, "not-hidden", null, "only hidden feedback can be restored");
        }
        if (hiding.byBlock()) {
            throw Refusal.rule(Refusal.Kind.CONFLICT, "author-blocked", null,
                "the feedback is hidden while its author is blocked; lifting the block "
                + "shows it again");
        }
        return new ModerationEvent.Restored(withHiding(null), cleanReason, Hiding.MODERATION, staffId, now);
    }

    /** Public feedback leaves the public view while its author is blocked; hidden feedback stays as it is. */
    public Optional<ModerationEvent.Hidden> hideWhileAuthorBlocked(String blockedBy, Instant now) {
        return isHidden() ? Optional.empty()
            : Optional.of(hidden(new Hiding(Hiding.WHILE_AUTHOR_BLOCKED, Hiding.AUTHOR_BLOCKED, blockedBy, now)));
    }

    /** Shown again when the block is lifted, unless a moderator hid it meanwhile. */
    public Optional<ModerationEvent.Restored> showAfterBlock(String liftedBy, Instant now) {
        return isHidden() && hiding.byBlock()
            ? Optional.of(new ModerationEvent.Restored(withHiding(null), "The block of its author was lifted.",
                Hiding.AUTHOR_BLOCKED, liftedBy, now))
            : Optional.empty();
    }

    FeedbackToModerate withHiding(Hiding newHiding) {
        return new FeedbackToModerate(id, municipality, authorId, title, newHiding);
    }

    private ModerationEvent.Hidden hidden(Hiding newHiding) {
        return new ModerationEvent.Hidden(withHiding(newHiding), newHiding);
    }

    static String requireText(String field, String text, int max) {
        var clean = text == null ? "" : text.strip();
        var length = clean.codePointCount(0, clean.length());
        if (length < 1 || length > max) {
            throw Refusal.invalid(field, "must be between 1 and " + max + " characters, was " + length);
        }
        return clean;
    }
}
