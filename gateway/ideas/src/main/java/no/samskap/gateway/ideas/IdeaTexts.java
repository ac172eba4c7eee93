package no.samskap.gateway.ideas;

import no.samskap.gateway.shell.web.TextBundle;

/** The texts of the idea board, idea pages and forms, and the ideas' parts of my page, the inbox and the dashboard. */
public final class IdeaTexts implements TextBundle {

    @Override
    public String baseName() {
        return "i18n/ideas";
    }
}
