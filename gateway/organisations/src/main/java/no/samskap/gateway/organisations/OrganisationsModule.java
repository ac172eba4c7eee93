package no.samskap.gateway.organisations;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.api.OpenApiPart;
import no.samskap.gateway.shell.home.MunicipalityLink;
import no.samskap.gateway.shell.schema.ReadModelSchema;
import no.samskap.gateway.shell.web.Audience;
import no.samskap.gateway.shell.web.NavigationEntry;

/** What the organisations module declares to the shell. */
@Factory
class OrganisationsModule {

    @Singleton
    ReadModelSchema associationTables() {
        return new ReadModelSchema("organisations", "classpath:db/gateway-organisations",
            "flyway_history_organisations");
    }

    @Singleton
    OpenApiPart associationRoutes() {
        return new OpenApiPart("META-INF/samskap/openapi/organisations.yml");
    }

    /** "Foreninger": the directory of the viewer's own municipality, or the list of municipalities for a visitor. */
    @Singleton
    NavigationEntry associationsLink() {
        return new NavigationEntry("/foreninger", "associations", "org.nav.associations", 20, Audience.ANYONE);
    }

    /** "Lag og foreninger i Rana" on the front page. */
    @Singleton
    MunicipalityLink directoryOfEachMunicipality() {
        return new MunicipalityLink("/kommuner/{municipality}/foreninger", "org.home.directory", 30);
    }
}
