package no.samskap.gateway.events;

import no.samskap.gateway.shell.web.TextBundle;

/** The texts of the event calendar, the event page and the events' parts of my page, in every language. */
public final class EventTexts implements TextBundle {

    @Override
    public String baseName() {
        return "i18n/events";
    }
}
