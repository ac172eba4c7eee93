package no.samskap.gateway.organisations.volunteering;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.web.Audience;
import no.samskap.gateway.shell.web.NavigationEntry;

/** What the volunteering parts of the organisations module declare to the shell beyond their beans. */
@Factory
class VolunteeringModule {


    /** "Frivillige" for staff; association admins find the search on "Min side". */
    @Singleton
    NavigationEntry volunteerSearchLink() {
        return new NavigationEntry(VolunteerSearchController.PATH, "volunteers", "vol.nav.volunteers", 25,
            Audience.STAFF);
    }
}
