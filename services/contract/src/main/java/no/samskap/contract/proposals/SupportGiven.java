package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code support-given} v1: a resident supported an idea; supportCount is the idea's count after it. */
public record SupportGiven(String ideaId, String supporterId, int supportCount, Instant givenAt) {
}
