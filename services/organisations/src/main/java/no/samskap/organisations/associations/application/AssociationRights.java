package no.samskap.organisations.associations.application;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Associations;
import no.samskap.organisations.associations.domain.Members;
import no.samskap.organisations.associations.domain.Membership;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.platform.security.SignedInPerson;

/**
 * The one place an association right is decided: an admin of an association acts for it and for nothing else,
 * a member belongs to it, and the staff of its municipality oversee it. Every capability asks here.
 */
@Singleton
public class AssociationRights {

    private final Associations associations;
    private final Members members;

    AssociationRights(Associations associations, Members members) {
        this.associations = associations;
        this.members = members;
    }

    /** The association, or 404 for an id that is not one. */
    public Association existing(String associationId) {
        return AssociationId.parse(associationId).flatMap(associations::find)
            .orElseThrow(() -> Refusal.notFound("no association " + associationId));
    }

    public boolean isAdmin(AssociationId association, String personId) {
        return members.find(association, personId).map(Membership::isAdmin).orElse(false);
    }

    public boolean isMember(AssociationId association, String personId) {
        return members.find(association, personId).isPresent();
    }

    public boolean isStaffOf(Association association, SignedInPerson person) {
        return person.isStaffOf(association.municipality().value());
    }

    /** The association if the person is one of its admins; 403 otherwise. */
    public Association requireAdmin(String associationId, SignedInPerson person) {
        var association = existing(associationId);
        if (!isAdmin(association.id(), person.subject())) {
            throw Refusal.forbidden("only an admin of the association may do this");
        }
        return association;
    }

    /** The association if the person is on the staff of its municipality; 403 otherwise. */
    public Association requireStaff(String associationId, SignedInPerson person) {
        var association = existing(associationId);
        if (!isStaffOf(association, person)) {
            throw Refusal.forbidden("only the staff of the association's municipality may do this");
        }
        return association;
    }

    /** The association if the person is its member or on the staff of its municipality; 403 otherwise. */
    public Association requireMemberOrStaff(String associationId, SignedInPerson person) {
        var association = existing(associationId);
        if (!isMember(association.id(), person.subject()) && !isStaffOf(association, person)) {
            throw Refusal.forbidden("only the association's members and the municipality's staff may see this");
        }
        return association;
    }

    /** The association if the person is one of its admins or on the staff of its municipality; 403 otherwise. */
    public Association requireAdminOrStaff(String associationId, SignedInPerson person) {
        var association = existing(associationId);
        if (!isAdmin(association.id(), person.subject()) && !isStaffOf(association, person)) {
            throw Refusal.forbidden("only the association's admins and the municipality's staff may see this");
        }
        return association;
    }

    /** Whether the person is on the municipality's staff or an admin of one of its associations; 403 otherwise. */
    public void requireStaffOrAnAdminIn(MunicipalityNumber municipality, SignedInPerson person) {
        var adminHere = members.ofPerson(person.subject()).stream().filter(Membership::isAdmin)
            .flatMap(membership -> associations.find(membership.associationId()).stream())
            .anyMatch(association -> association.municipality().equals(municipality));
        if (!adminHere && !person.isStaffOf(municipality.value())) {
            throw Refusal.forbidden("only the municipality's staff and admins of its associations may do this");
        }
    }
}
