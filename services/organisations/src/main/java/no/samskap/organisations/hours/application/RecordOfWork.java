package no.samskap.organisations.hours.application;

import no.samskap.organisations.hours.domain.VolunteerRecord;

import java.util.List;

/**
 * A volunteer record with what each organisation is: an association's registered name and organisation number, or
 * the municipality (whose staff approved hours on the volunteer's own offers).
 */
public record RecordOfWork(List<OrganisationWork> organisations, double totalHours) {

    /** {@code organisationNumber} is null for a municipality; {@code name} is null for one not yet named. */
    public record OrganisationFacts(String associationId, String organisationNumber, String name,
                                    String municipality) {

        public boolean isAnAssociation() {
            return associationId != null;
        }
    }

    public record OrganisationWork(OrganisationFacts organisation, List<VolunteerRecord.Engagement> roles) {
    }
}
