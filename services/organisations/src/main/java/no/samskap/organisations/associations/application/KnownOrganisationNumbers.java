package no.samskap.organisations.associations.application;

import no.samskap.contract.OrganisationNumber;

import java.util.Set;

/**
 * The organisation numbers our associations hold, as the register feed follower needs them. The associations core
 * implements it: {@link #recheck} looks the number up again (through {@link Register}) and records what the register
 * says, or that it could not answer, with the next attempt from {@link RegisterRetries}. Each call runs in its own
 * transaction; none is open while the follower reads the register.
 */
public interface KnownOrganisationNumbers {

    /** Those of {@code numbers} that one of our associations has. */
    Set<OrganisationNumber> knownAmong(Set<OrganisationNumber> numbers);

    /** The register changed something about this number; check it again. */
    void recheck(OrganisationNumber number);
}
