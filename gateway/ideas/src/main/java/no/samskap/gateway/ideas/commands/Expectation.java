package no.samskap.gateway.ideas.commands;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** What the idea board must show before a write's answer goes back to the person who made it. */
public sealed interface Expectation {

    UUID idea();

    boolean isMetBy(String status, int supportCount, LocalDate respondBy);

    /**
     * The idea in the status the service answered, and by the response date it answered when it gave one: a change of
     * that date leaves the status as it was.
     */
    record IdeaInStatus(UUID idea, String status, LocalDate respondBy) implements Expectation {

        @Override
        public boolean isMetBy(String status, int supportCount, LocalDate respondBy) {
            return this.status.equals(status) && (this.respondBy == null || Objects.equals(this.respondBy, respondBy));
        }
    }

    record SupportCount(UUID idea, int supportCount) implements Expectation {

        @Override
        public boolean isMetBy(String status, int supportCount, LocalDate respondBy) {
            return this.supportCount == supportCount;
        }
    }
}
