package no.samskap.gateway.events.organisers;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.Audience;
import no.samskap.gateway.shell.web.NavigationEntry;

/** The staff's way into planning events; admins of co-hosting associations reach it from the events they host. */
@Factory
class OrganiserLinks {

    @Singleton
    NavigationEntry planningLink() {
        return new NavigationEntry(OrganiserPagesController.PLANNING, "event-planning", "evo.nav.planning", 65,
            Audience.STAFF);
    }
}
