package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code idea-restored} v1: staff reviewed a hidden idea and showed it to the public again, or the block of its
 * author was lifted ({@code cause} {@code author-blocked}). {@code cause} came later within v1 (see
 * {@link HidingCause}).
 */
public record IdeaRestored(String ideaId, String restoredBy, Instant restoredAt, String cause) {

    /** A moderator's restoring. */
    public IdeaRestored(String ideaId, String restoredBy, Instant restoredAt) {
        this(ideaId, restoredBy, restoredAt, HidingCause.MODERATION);
    }
}
