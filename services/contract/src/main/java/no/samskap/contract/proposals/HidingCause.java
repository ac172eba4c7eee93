package no.samskap.contract.proposals;

/**
 * Why content left the public view, carried as {@code cause} by {@code idea-hidden}, {@code idea-restored},
 * {@code comment-hidden} and {@code comment-restored}. The field came later within v1: a message without it
 * (null) is a moderator's or the platform's decision, as all were before.
 */
public final class HidingCause {

    /** A moderator or the report threshold decided about this content. */
    public static final String MODERATION = "moderation";

    /** The author was blocked in the municipality, or the block was lifted; nothing was decided about the content. */
    public static final String AUTHOR_BLOCKED = "author-blocked";

    private HidingCause() {
    }

    /** True for a message that only follows a block of the author; null (an older message) is moderation. */
    public static boolean isAuthorBlocked(String cause) {
        return AUTHOR_BLOCKED.equals(cause);
    }
}
