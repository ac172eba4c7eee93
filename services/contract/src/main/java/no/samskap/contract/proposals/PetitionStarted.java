package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code petition-started} v1: the idea's author made it an innbyggerforslag (kommuneloven § 12-1) that needs
 * {@code threshold} signatures, fixed from the municipality's population when it started. Names nobody.
 */
public record PetitionStarted(String ideaId, int threshold, Instant startedAt) {
}
