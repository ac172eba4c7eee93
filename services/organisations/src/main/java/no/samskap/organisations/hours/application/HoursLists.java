package no.samskap.organisations.hours.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.hours.domain.HoursEntry;
import no.samskap.organisations.hours.domain.HoursLog;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/** A volunteer's own hours, and the hours waiting for an association's admins or the municipality's staff. */
@Singleton
public class HoursLists {

    private final HoursLog log;
    private final AssociationRights rights;

    HoursLists(HoursLog log, AssociationRights rights) {
        this.log = log;
        this.rights = rights;
    }

    @Transactional(readOnly = true)
    public List<HoursEntry> of(SignedInPerson volunteer) {
        return log.of(volunteer.subject());
    }

    @Transactional(readOnly = true)
    public List<HoursEntry> waitingForAssociation(SignedInPerson admin, String associationId) {
        return log.waitingForAssociation(rights.requireAdmin(associationId, admin).id());
    }

    @Transactional(readOnly = true)
    public List<HoursEntry> waitingForStaff(SignedInPerson staff) {
        if (!staff.isStaffOf(staff.municipality())) {
            throw Refusal.forbidden("only the municipality's staff approve hours on volunteers' own offers");
        }
        return log.waitingForStaff(new MunicipalityNumber(staff.municipality()));
    }
}
