package no.samskap.organisations.attests.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.attests.domain.AttestOfficerAppointments;
import no.samskap.organisations.attests.domain.AttestOfficers;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** An association's admins appoint two of its members as attest officers: a responsible person and a deputy. */
@Singleton
public class AttestOfficerAppointing {

    private final AssociationRights rights;
    private final AttestOfficerRights officerRights;
    private final AttestOfficerAppointments appointments;
    private final Clock clock;

    AttestOfficerAppointing(AssociationRights rights, AttestOfficerRights officerRights,
                            AttestOfficerAppointments appointments, Clock clock) {
        this.rights = rights;
        this.officerRights = officerRights;
        this.appointments = appointments;
        this.clock = clock;
    }

    @Transactional
    public AttestOfficers appoint(SignedInPerson admin, String associationId, String responsibleId, String deputyId) {
        var association = rights.requireAdmin(associationId, admin);
        var officers = new AttestOfficers(association.id(), responsibleId, deputyId, admin.subject(),
            clock.instant().truncatedTo(ChronoUnit.MICROS));
        officerRights.requireMember(association, responsibleId, "responsibleId");
        officerRights.requireMember(association, deputyId, "deputyId");
        appointments.save(officers);
        return officers;
    }

    /** Who the officers are, for the association's members and the municipality's staff; 404 when none are. */
    @Transactional(readOnly = true)
    public AttestOfficers of(SignedInPerson person, String associationId) {
        var association = rights.requireMemberOrStaff(associationId, person);
        return appointments.of(association.id())
            .orElseThrow(() -> Refusal.notFound("the association has appointed no attest officers"));
    }
}
