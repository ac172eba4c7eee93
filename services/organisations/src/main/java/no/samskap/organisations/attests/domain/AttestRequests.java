package no.samskap.organisations.attests.domain;

import no.samskap.organisations.associations.domain.AssociationId;

import java.time.Instant;
import java.util.List;

/** Who was asked to apply for a politiattest, by which association, for which role. */
public interface AttestRequests {

    void add(AttestRequest request);

    List<AttestRequest> of(AssociationId association);

    List<AttestRequest> ofVolunteer(String volunteerId);

    /** Marks the volunteer's open requests for the role as answered by a sighting. */
    void markSighted(AssociationId association, String volunteerId, String roleCode, Instant at);
}
