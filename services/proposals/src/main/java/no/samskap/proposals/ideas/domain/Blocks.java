package no.samskap.proposals.ideas.domain;

import java.util.Set;

/** The people each municipality has blocked; at most one block per person and municipality. */
public interface Blocks {

    /** Blocks the person, or gives an existing block the new reason. */
    void put(Block block);

    void lift(Municipality municipality, String subject);

    boolean isBlocked(Municipality municipality, String subject);

    Set<String> blockedIn(Municipality municipality);
}
