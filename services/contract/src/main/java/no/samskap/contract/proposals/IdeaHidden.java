package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code idea-hidden} v1: staff hid a published idea from the public, or it reached the report threshold
 * (hiddenBy samskap), or its author was blocked ({@code cause} {@code author-blocked}, hiddenBy the admin). Its
 * status does not change; the reports and the block's reason are never published. {@code cause} came later within
 * v1 (see {@link HidingCause}).
 */
public record IdeaHidden(String ideaId, String reason, String hiddenBy, Instant hiddenAt, String cause) {

    /** A moderator's or the platform's hiding. */
    public IdeaHidden(String ideaId, String reason, String hiddenBy, Instant hiddenAt) {
        this(ideaId, reason, hiddenBy, hiddenAt, HidingCause.MODERATION);
    }
}
