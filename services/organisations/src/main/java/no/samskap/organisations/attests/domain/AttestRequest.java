package no.samskap.organisations.attests.domain;

import no.samskap.organisations.associations.domain.AssociationId;

import java.time.Instant;
import java.util.UUID;

/** An officer asked a member to apply for a politiattest for a role; answered once a sighting is recorded. */
public record AttestRequest(UUID id, AssociationId associationId, String volunteerId, AttestRole role,
                            String requestedBy, Instant requestedAt, Instant sightedAt) {
}
