package no.samskap.organisations.attests.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.attests.domain.AttestRole;
import no.samskap.organisations.attests.domain.PurposeConfirmation;
import no.samskap.platform.security.SignedInPerson;

/** An attest officer produces the association's confirmation of purpose for a member and a role. */
@Singleton
public class PurposeConfirmations {

    private final AttestOfficerRights rights;
    private final OsloCalendar calendar;

    PurposeConfirmations(AttestOfficerRights rights, OsloCalendar calendar) {
        this.rights = rights;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public PurposeConfirmation confirm(SignedInPerson officer, String associationId, String volunteerId,
                                       AttestRole role) {
        var association = rights.requireOfficer(associationId, officer);
        rights.requireMember(association, volunteerId, "volunteerId");
        return new PurposeConfirmation(association, volunteerId, role, officer.subject(), calendar.today());
    }
}
