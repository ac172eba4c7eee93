package no.samskap.organisations.attests.application;

import jakarta.inject.Singleton;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.attests.domain.AttestOfficerAppointments;
import no.samskap.organisations.attests.domain.AttestOfficers;
import no.samskap.platform.security.SignedInPerson;

import java.util.Optional;

/**
 * Politiattest sightings are for the association's two attest officers alone: not its other admins, not the
 * municipality's staff. An officer who has left the association loses the right with their membership.
 */
@Singleton
public class AttestOfficerRights {

    private final AssociationRights rights;
    private final AttestOfficerAppointments appointments;

    AttestOfficerRights(AssociationRights rights, AttestOfficerAppointments appointments) {
        this.rights = rights;
        this.appointments = appointments;
    }

    /** The association if the person is one of its attest officers and still its member; 403 otherwise. */
    public Association requireOfficer(String associationId, SignedInPerson person) {
        var association = rights.existing(associationId);
        var officer = appointments.of(association.id()).filter(officers -> officers.include(person.subject()))
            .isPresent() && rights.isMember(association.id(), person.subject());
        if (!officer) {
            throw Refusal.forbidden("only the association's attest officers (the responsible person and the deputy)"
                + " may do this");
        }
        return association;
    }

    /** 422 naming {@code field} unless the person is a member of the association. */
    public void requireMember(Association association, String personId, String field) {
        if (personId == null || personId.isBlank()) {
            throw Refusal.invalid(field, "must name a member of the association");
        }
        if (!rights.isMember(association.id(), personId)) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, field, "must be a member of the association");
        }
    }

    Optional<AttestOfficers> officersOf(Association association) {
        return appointments.of(association.id());
    }
}
