package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.MunicipalityPopulations;
import no.samskap.proposals.ideas.domain.Population;

/**
 * A municipality's population, a setting of its own beside the others: staff read it with the threshold of an
 * innbyggerforslag it gives ({@code residents} null while unset); the admin replaces it.
 */
@Controller("/municipalities/{municipality}/population")
@Secured({Roles.STAFF, Roles.ADMIN})
class PopulationController {

    @Serdeable
    record PopulationView(String municipality, @Nullable Integer residents, @Nullable Integer petitionThreshold) {

        static PopulationView of(Population population) {
            return new PopulationView(population.municipality().number(), population.residents(),
                population.petitionThreshold());
        }
    }

    @Serdeable
    record PopulationChange(@NotNull Integer residents) {
    }

    private final MunicipalityPopulations populations;

    PopulationController(MunicipalityPopulations populations) {
        this.populations = populations;
    }

    @Get
    PopulationView population(Authentication authentication, @PathVariable String municipality) {
        return populations.of(SignedInPerson.of(authentication), municipality).map(PopulationView::of)
            .orElseGet(() -> new PopulationView(municipality, null, null));
    }

    @Put
    @Consumes(MediaType.APPLICATION_JSON)
    PopulationView change(Authentication authentication, @PathVariable String municipality,
                          @Body @Valid PopulationChange change) {
        return PopulationView.of(populations.change(SignedInPerson.of(authentication), municipality,
            change.residents()));
    }
}
