package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code idea-restored} v1: staff reviewed a hidden idea and showed it to the public again, or the block of its
 * author was lifted ({@code cause} {@code author-blocked}). {@code cause} came later within v1 (see
 * {@link HidingCause}), and so did {@code reason}: the moderator's words to the author, null in older messages and
 * when a block is lifted.
 */
public record IdeaRestored(String ideaId, String restoredBy, Instant restoredAt, String cause, String reason) {

    /** A moderator's restoring with the reason the author reads. */
    public static IdeaRestored byModerator(String ideaId, String restoredBy, Instant restoredAt, String reason) {
        return new IdeaRestored(ideaId, restoredBy, restoredAt, HidingCause.MODERATION, reason);
    }

    /** A restoring without a reason, as written before reasons travelled. */
    public IdeaRestored(String ideaId, String restoredBy, Instant restoredAt, String cause) {
        this(ideaId, restoredBy, restoredAt, cause, null);
    }

    /** A moderator's restoring without a reason, as written before reasons travelled. */
    public IdeaRestored(String ideaId, String restoredBy, Instant restoredAt) {
        this(ideaId, restoredBy, restoredAt, HidingCause.MODERATION);
    }
}
