package no.samskap.feedback.moderation.domain;

import java.time.Instant;

/**
 * Why feedback is out of the public view, by whom and since when. {@code cause} is a {@code HidingCause} code:
 * {@code moderation} (a moderator, or the report threshold with {@link #PLATFORM} as hider, pending review) or
 * {@code author-blocked} (the author is blocked in the municipality; lifting the block shows it again).
 */
public record Hiding(String reason, String cause, String hiddenBy, Instant hiddenAt) {

    public static final String MODERATION = "moderation";
    public static final String AUTHOR_BLOCKED = "author-blocked";
    public static final String PLATFORM = "platform";
    public static final String WHILE_AUTHOR_BLOCKED = "Hidden while its author is blocked.";

    public boolean byBlock() {
        return AUTHOR_BLOCKED.equals(cause);
    }

    /** Hidden by reaching the report threshold, waiting for a moderator to review it. */
    public boolean pendingReview() {
        return PLATFORM.equals(hiddenBy);
    }
}
