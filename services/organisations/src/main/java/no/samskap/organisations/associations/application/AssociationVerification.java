package no.samskap.organisations.associations.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.Associations;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;

/** The municipality's staff verify an association, helped by what the register says of it. */
@Singleton
public class AssociationVerification {

    private final Associations associations;
    private final AssociationRights rights;
    private final AssociationMessages messages;
    private final Clock clock;

    AssociationVerification(Associations associations, AssociationRights rights, AssociationMessages messages,
                            Clock clock) {
        this.associations = associations;
        this.rights = rights;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Association verify(SignedInPerson staff, String associationId) {
        var association = rights.requireStaff(associationId, staff);
        var verified = association.verify(staff.subject(), clock.instant());
        var saved = associations.update(verified.association());
        messages.publish(verified);
        return saved;
    }
}
