package no.samskap.gateway.ideas.commands;

import java.util.UUID;

/** What the idea board must show before a write's answer goes back to the person who made it. */
public sealed interface Expectation {

    UUID idea();

    boolean isMetBy(String status, int supportCount);

    record IdeaInStatus(UUID idea, String status) implements Expectation {

        @Override
        public boolean isMetBy(String status, int supportCount) {
            return this.status.equals(status);
        }
    }

    record SupportCount(UUID idea, int supportCount) implements Expectation {

        @Override
        public boolean isMetBy(String status, int supportCount) {
            return this.supportCount == supportCount;
        }
    }
}
