package no.samskap.gateway.organisations;

import no.samskap.gateway.shell.web.TextBundle;

/** The texts of the association directory, pages and forms, and the associations' parts of my page and the inbox. */
public final class OrganisationTexts implements TextBundle {

    @Override
    public String baseName() {
        return "i18n/organisations";
    }
}
