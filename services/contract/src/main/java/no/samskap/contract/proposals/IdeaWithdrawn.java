package no.samskap.contract.proposals;

import java.time.Instant;

/** {@code idea-withdrawn} v1: the author withdrew an idea. */
public record IdeaWithdrawn(String ideaId, String withdrawnBy, Instant withdrawnAt) {
}
