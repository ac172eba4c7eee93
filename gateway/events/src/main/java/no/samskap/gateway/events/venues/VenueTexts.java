package no.samskap.gateway.events.venues;

import no.samskap.gateway.shell.web.TextBundle;

/** The texts of the venue pages, the room applications and the staff's decisions on them. */
public final class VenueTexts implements TextBundle {

    @Override
    public String baseName() {
        return "i18n/venues";
    }
}
