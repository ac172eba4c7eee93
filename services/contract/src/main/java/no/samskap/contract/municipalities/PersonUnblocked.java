package no.samskap.contract.municipalities;

import java.time.Instant;

/** {@code person-unblocked} v1: the person's block in the municipality was lifted; they may write again. */
public record PersonUnblocked(String personId, String municipality, Instant unblockedAt) {
}
