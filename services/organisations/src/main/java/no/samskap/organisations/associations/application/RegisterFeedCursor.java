package no.samskap.organisations.associations.application;

import java.time.Instant;
import java.util.OptionalLong;

/** How far the follower has read the register's update feed; empty before its first run. */
public interface RegisterFeedCursor {

    OptionalLong lastUpdateId();

    /** Records that every update up to and including {@code updateId} was handled; it never moves back. */
    void moveTo(long updateId, Instant at);
}
