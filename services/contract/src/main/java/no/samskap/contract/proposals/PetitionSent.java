package no.samskap.contract.proposals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code petition-sent} v1: the author sent the innbyggerforslag, with {@code signatureCount} signatures, to the
 * council, which must take a position by {@code councilDeadline} (six months later).
 */
public record PetitionSent(String ideaId, int signatureCount, int threshold, Instant sentAt, LocalDate councilDeadline) {
}
