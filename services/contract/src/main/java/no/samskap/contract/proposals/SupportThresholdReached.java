package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code support-threshold-reached} v1: an idea's supports reached its municipality's threshold for the first time;
 * {@code supportCount} is the count that reached {@code threshold}. Told once per idea, and names nobody.
 */
public record SupportThresholdReached(String ideaId, int supportCount, int threshold, Instant reachedAt) {
}
