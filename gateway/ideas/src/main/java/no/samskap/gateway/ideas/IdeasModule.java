package no.samskap.gateway.ideas;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.api.OpenApiPart;
import no.samskap.gateway.shell.home.MunicipalityLink;
import no.samskap.gateway.shell.schema.ReadModelSchema;
import no.samskap.gateway.shell.web.Audience;
import no.samskap.gateway.shell.web.NavigationEntry;

/** What the ideas module declares to the shell. */
@Factory
class IdeasModule {

    /** The history table keeps the name it had when the gateway had only this module's tables. */
    @Singleton
    ReadModelSchema ideaTables() {
        return new ReadModelSchema("ideas", "classpath:db/gateway-ideas", "flyway_schema_history");
    }

    @Singleton
    OpenApiPart ideaRoutes() {
        return new OpenApiPart("META-INF/samskap/openapi/ideas.yml");
    }

    /** Offered to everyone: a visitor is asked to sign in first, and staff are told why they may not. */
    @Singleton
    NavigationEntry newIdeaLink() {
        return new NavigationEntry("/ideer/ny", "new-idea", "nav.newIdea", 10, Audience.ANYONE).asProminent();
    }

    /** "Ideer i Rana" on the front page, for every municipality the gateway knows. */
    @Singleton
    MunicipalityLink boardOfEachMunicipality() {
        return new MunicipalityLink("/kommuner/{municipality}/ideer", "home.board", 10);
    }
}
