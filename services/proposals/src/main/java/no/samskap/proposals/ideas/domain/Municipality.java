package no.samskap.proposals.ideas.domain;

import no.samskap.contract.MunicipalityNumber;

/** A municipality by its 4-digit kommunenummer, e.g. Rana 1833, Ullensvang 4618. */
public record Municipality(String number) {

    public Municipality {
        if (!MunicipalityNumber.isValid(number)) {
            throw new InvalidIdeaException("municipality", "must be a 4-digit kommunenummer");
        }
    }
}
