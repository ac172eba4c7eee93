package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code support-withdrawn} v1: a resident took their support back; supportCount is the idea's count after it. */
public record SupportWithdrawn(String ideaId, String supporterId, int supportCount, Instant withdrawnAt) {
}
