package no.samskap.organisations.attests.domain;

import no.samskap.organisations.associations.domain.AssociationId;

import java.util.Optional;

/** Who each association appointed as its attest officers. */
public interface AttestOfficerAppointments {

    Optional<AttestOfficers> of(AssociationId association);

    /** Stores the appointment, replacing the association's earlier one. */
    void save(AttestOfficers officers);
}
