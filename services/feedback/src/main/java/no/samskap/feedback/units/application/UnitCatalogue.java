package no.samskap.feedback.units.application;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.feedback.feedback.application.ServiceUnits;
import no.samskap.platform.municipalities.KnownMunicipalities;

import java.util.List;

/**
 * A municipality's service units (bibliotek, kulturskole, kino, …): the service areas of its latest
 * {@code municipality-described}, none while it has not described itself.
 */
@Singleton
public class UnitCatalogue implements ServiceUnits {

    private final KnownMunicipalities municipalities;

    UnitCatalogue(KnownMunicipalities municipalities) {
        this.municipalities = municipalities;
    }

    public List<NamedChoice> of(MunicipalityNumber municipality) {
        return municipalities.find(municipality).map(MunicipalityDescribed::serviceAreas).orElse(List.of());
    }

    @Override
    public boolean offers(MunicipalityNumber municipality, String unit) {
        return of(municipality).stream().anyMatch(choice -> choice.code().equals(unit));
    }
}
