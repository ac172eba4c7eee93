package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code petition-signature-count-changed} v1: a resident signed the innbyggerforslag or withdrew a signature; only the
 * count afterwards travels, never who signed.
 */
public record PetitionSignatureCountChanged(String ideaId, int signatureCount, int threshold, Instant changedAt) {
}
