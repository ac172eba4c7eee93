package no.samskap.feedback.feedback.application;

import no.samskap.contract.MunicipalityNumber;

/** The service units (service areas) a municipality offers, as it describes itself. */
public interface ServiceUnits {

    boolean offers(MunicipalityNumber municipality, String unit);
}
