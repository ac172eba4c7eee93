package no.samskap.organisations.associations.application;

import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.domain.AssociationId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Which associations wait for a register lookup, and how often one failed for them. */
public interface RegisterCheckSchedule {

    /** Unchecked associations whose next attempt is due (or never failed), oldest first. */
    List<AssociationId> due(Instant now, int limit);

    /** Records a failed attempt; returns how many failed in a row now. */
    int failed(AssociationId association, Instant at, RegisterRetries retries);

    void succeeded(AssociationId association);

    Set<OrganisationNumber> knownAmong(Set<OrganisationNumber> numbers);
}
