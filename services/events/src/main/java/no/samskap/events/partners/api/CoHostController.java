package no.samskap.events.partners.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.partners.application.CoHosts;

import java.util.List;

/** The associations that may co-host events in a municipality: verified ones, by name. Public facts. */
@Controller("/co-hosts")
class CoHostController {

    @Serdeable
    record CoHostView(String id, String name) {
    }

    private final CoHosts coHosts;

    CoHostController(CoHosts coHosts) {
        this.coHosts = coHosts;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<CoHostView> list(@QueryValue String municipality) {
        if (!MunicipalityNumber.isValid(municipality)) {
            throw Refusal.invalid("municipality", "must be a municipality number of four digits, such as 1833");
        }
        return coHosts.verifiedIn(new MunicipalityNumber(municipality)).stream()
            .map(coHost -> new CoHostView(coHost.id().toString(), coHost.name())).toList();
    }
}
