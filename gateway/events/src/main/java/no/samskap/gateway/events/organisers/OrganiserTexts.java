package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.TextBundle;

/** The texts of the organisers' pages, the inbox section and the dashboard's co-creation figure. */
public final class OrganiserTexts implements TextBundle {

    @Override
    public String baseName() {
        return "i18n/organisers";
    }
}
