package no.samskap.organisations.associations.application;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.Associations;
import no.samskap.platform.security.SignedInPerson;

import java.sql.Connection;
import java.time.Clock;

/**
 * The municipality's staff verify an association, helped by what the register says of it. The scheduled register
 * check may change the association at the same moment; staff asked to verify it whatever the check found, so the
 * verification is tried again on the association as it is now, and the rules decide again, instead of asking staff
 * to reload and press again.
 */
@Singleton
public class AssociationVerification {

    static final int ATTEMPTS = 3;

    private final Associations associations;
    private final AssociationRights rights;
    private final AssociationMessages messages;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    AssociationVerification(Associations associations, AssociationRights rights, AssociationMessages messages,
                            Clock clock, TransactionOperations<Connection> transactions) {
        this.associations = associations;
        this.rights = rights;
        this.messages = messages;
        this.clock = clock;
        this.transactions = transactions;
    }

    public Association verify(SignedInPerson staff, String associationId) {
        for (var attempt = 1; ; attempt++) {
            try {
                return transactions.executeWrite(status -> verifyOnce(staff, associationId));
            } catch (OptimisticLockException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private Association verifyOnce(SignedInPerson staff, String associationId) {
        var association = rights.requireStaff(associationId, staff);
        var verified = association.verify(staff.subject(), clock.instant());
        var saved = associations.update(verified.association());
        messages.publish(verified);
        return saved;
    }
}
