package no.samskap.proposals.ideas.domain;

import java.util.Set;

/** The people each municipality has blocked; at most one block per person and municipality. */
public interface Blocks {

    /**
     * Blocks the person, or gives an existing block the new reason; waits for the transactions that asked
     * {@link #isBlockedUntilCommit} about them to end.
     */
    void put(Block block);

    void lift(Municipality municipality, String subject);

    boolean isBlocked(Municipality municipality, String subject);

    /**
     * Whether the person is blocked, an answer that holds until the caller's transaction ends: a block of them being
     * saved meanwhile waits for it, so it finds and hides what the transaction published.
     */
    boolean isBlockedUntilCommit(Municipality municipality, String subject);

    Set<String> blockedIn(Municipality municipality);
}
