package no.samskap.gateway.feedback;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.api.OpenApiPart;
import no.samskap.gateway.shell.home.MunicipalityLink;
import no.samskap.gateway.shell.schema.ReadModelSchema;

/** What the feedback module declares to the shell. */
@Factory
class FeedbackModule {

    @Singleton
    ReadModelSchema feedbackTables() {
        return new ReadModelSchema("feedback", "classpath:db/gateway-feedback", "flyway_history_feedback");
    }

    @Singleton
    OpenApiPart feedbackRoutes() {
        return new OpenApiPart("META-INF/samskap/openapi/feedback.yml");
    }

    /** "Tjenestene i Rana" on the front page: the units people give feedback on. */
    @Singleton
    MunicipalityLink unitsOfEachMunicipality() {
        return new MunicipalityLink("/kommuner/{municipality}/tjenester", "fb.home.units", 45);
    }
}
