package no.samskap.contract.organisations;

import java.time.Instant;

/**
 * A resident registered an association; they are its first admin ({@code member-added} follows). Its register
 * check is "unchecked" until {@code association-checked} says what Enhetsregisteret answered.
 */
public record AssociationRegistered(String associationId, String organisationNumber, String name, String type,
                                    String description, String parentAssociationId, String registeredBy,
                                    Instant registeredAt) {
}
