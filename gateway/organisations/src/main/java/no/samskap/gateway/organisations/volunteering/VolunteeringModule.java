package no.samskap.gateway.organisations.volunteering;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.Audience;
import no.samskap.gateway.shell.web.NavigationEntry;
import no.samskap.gateway.shell.web.Templates;

/** What the volunteering parts of the organisations module declare to the shell beyond their beans. */
@Factory
class VolunteeringModule {

    static final Templates TEMPLATES = new Templates("gg.jte.generated.precompiled.organisations",
        VolunteeringModule.class);

    /** "Frivillige" for staff; association admins find the search on "Min side". */
    @Singleton
    NavigationEntry volunteerSearchLink() {
        return new NavigationEntry(VolunteerSearchController.PATH, "volunteers", "vol.nav.volunteers", 25,
            Audience.STAFF);
    }
}
