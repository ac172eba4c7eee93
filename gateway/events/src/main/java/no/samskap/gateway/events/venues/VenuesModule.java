package no.samskap.gateway.events.venues;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.home.MunicipalityLink;

/** What the venue pages declare to the shell. */
@Factory
class VenuesModule {

    /** "Lokaler i Rana" on the front page. */
    @Singleton
    MunicipalityLink venuesOfEachMunicipality() {
        return new MunicipalityLink("/kommuner/{municipality}/lokaler", "ven.home.venues", 37);
    }
}
