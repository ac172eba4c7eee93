package no.samskap.contract.organisations;

import java.time.Instant;

/** A member of the municipality's staff verified the association: it shows a badge from now on. */
public record AssociationVerified(String associationId, String verifiedBy, Instant verifiedAt) {
}
