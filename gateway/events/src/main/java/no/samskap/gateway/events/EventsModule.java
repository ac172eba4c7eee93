package no.samskap.gateway.events;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.api.OpenApiPart;
import no.samskap.gateway.shell.home.MunicipalityLink;
import no.samskap.gateway.shell.schema.ReadModelSchema;
import no.samskap.gateway.shell.web.Audience;
import no.samskap.gateway.shell.web.NavigationEntry;

/** What the events module declares to the shell. */
@Factory
class EventsModule {

    @Singleton
    ReadModelSchema eventTables() {
        return new ReadModelSchema("events", "classpath:db/gateway-events", "flyway_history_events");
    }

    @Singleton
    OpenApiPart eventRoutes() {
        return new OpenApiPart("META-INF/samskap/openapi/events.yml");
    }

    /** "Arrangementer": the calendar of the viewer's own municipality, or the list of municipalities for a visitor. */
    @Singleton
    NavigationEntry eventsLink() {
        return new NavigationEntry("/arrangementer", "events", "ev.nav.events", 25, Audience.ANYONE);
    }

    /** "Arrangementer i Rana" on the front page. */
    @Singleton
    MunicipalityLink calendarOfEachMunicipality() {
        return new MunicipalityLink("/kommuner/{municipality}/arrangementer", "ev.home.calendar", 35);
    }
}
