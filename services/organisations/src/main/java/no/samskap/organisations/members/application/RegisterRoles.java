package no.samskap.organisations.members.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.application.Register;
import no.samskap.platform.security.SignedInPerson;

import java.sql.Connection;
import java.util.List;

/**
 * The board and other roles Enhetsregisteret lists for an association, for the staff verifying it and for its admins
 * to compare with who runs it here. Read from the register each time and never stored.
 */
@Singleton
public class RegisterRoles {

    private final AssociationRights rights;
    private final Register register;
    private final TransactionOperations<Connection> transactions;

    RegisterRoles(AssociationRights rights, Register register, TransactionOperations<Connection> transactions) {
        this.rights = rights;
        this.register = register;
        this.transactions = transactions;
    }

    /** Throws {@link Register.RegisterUnavailable} when the register does not answer usefully. */
    public List<Register.BoardRole> of(SignedInPerson viewer, String associationId) {
        // The right is read in a short transaction of its own; the register is not called while it holds a connection.
        var association = transactions.executeRead(status -> rights.requireAdminOrStaff(associationId, viewer));
        return register.rolesOf(association.organisationNumber());
    }
}
