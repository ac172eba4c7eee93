package no.samskap.organisations.attests.domain;

import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Refusal;

import java.time.Instant;
import java.util.List;

/** The two members of an association who alone record and see its politiattest sightings. */
public record AttestOfficers(AssociationId associationId, String responsibleId, String deputyId, String appointedBy,
                             Instant appointedAt) {

    public AttestOfficers {
        if (responsibleId == null || responsibleId.isBlank()) {
            throw Refusal.invalid("responsibleId", "must name the responsible person");
        }
        if (deputyId == null || deputyId.isBlank()) {
            throw Refusal.invalid("deputyId", "must name the deputy");
        }
        if (responsibleId.equals(deputyId)) {
            throw Refusal.invalid("deputyId", "must be another person than the responsible person");
        }
    }

    public boolean include(String personId) {
        return responsibleId.equals(personId) || deputyId.equals(personId);
    }

    public List<String> both() {
        return List.of(responsibleId, deputyId);
    }
}
