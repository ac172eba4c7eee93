package no.samskap.feedback.units.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.feedback.units.application.UnitCatalogue;

import java.util.List;

/** The service units of a municipality that feedback may be about, named in bokmål, nynorsk and English. */
@Controller("/units")
@ExecuteOn(TaskExecutors.BLOCKING)
class UnitController {

    private final UnitCatalogue catalogue;

    UnitController(UnitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<UnitView> of(@QueryValue String municipality) {
        if (!MunicipalityNumber.isValid(municipality)) {
            throw Refusal.invalid("municipality", "must be a municipality number of four digits, such as 1833");
        }
        return catalogue.of(new MunicipalityNumber(municipality)).stream().map(unit -> new UnitView(unit.code(),
            new NamesView(unit.names().nb(), unit.names().nn(), unit.names().en()))).toList();
    }

    @Serdeable
    record UnitView(String code, NamesView names) {
    }

    @Serdeable
    record NamesView(String nb, String nn, String en) {
    }
}
