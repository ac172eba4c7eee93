package no.samskap.organisations.associations.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.OrganisationNumber;

import java.util.List;
import java.util.Optional;

/** The associations the service keeps. */
public interface Associations {

    /** Stores a new association and gives it back with its first version. */
    Association add(Association association);

    /** Saves a changed association; fails if someone else changed it since it was read. */
    Association update(Association association);

    Optional<Association> find(AssociationId id);

    Optional<Association> find(MunicipalityNumber municipality, OrganisationNumber number);

    /** Associations with this organisation number in any municipality (the register speaks of numbers, not places). */
    List<Association> withNumber(OrganisationNumber number);

    /** Associations whose register check has not succeeded yet, oldest first. */
    List<Association> unchecked(int limit);
}
