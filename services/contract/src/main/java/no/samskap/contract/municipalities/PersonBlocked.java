package no.samskap.contract.municipalities;

import java.time.Instant;

/**
 * {@code person-blocked} v1: the person may not write in the municipality, in any service, until unblocked. Who
 * blocked them and why stay with the owner: a block is personal data, and its reason is never published.
 */
public record PersonBlocked(String personId, String municipality, Instant blockedAt) {
}
