package no.samskap.organisations.help.application;

import jakarta.inject.Singleton;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.platform.security.SignedInPerson;

/** The association an admin acts for when offering or asking for help: theirs, and of their own municipality. */
@Singleton
class ActingAssociation {

    private final AssociationRights rights;

    ActingAssociation(AssociationRights rights) {
        this.rights = rights;
    }

    AssociationId of(String associationId, SignedInPerson admin) {
        var association = rights.requireAdmin(associationId, admin);
        if (!association.municipality().value().equals(admin.municipality())) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, "associationId",
                "must be an association of your own municipality");
        }
        return association.id();
    }
}
