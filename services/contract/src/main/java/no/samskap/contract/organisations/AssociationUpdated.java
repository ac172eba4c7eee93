package no.samskap.contract.organisations;

import java.time.Instant;

/** An admin changed the association's public description; every field carries its value after the change. */
public record AssociationUpdated(String associationId, String name, String type, String description,
                                 String parentAssociationId, String updatedBy, Instant updatedAt) {
}
