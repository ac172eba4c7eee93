package no.samskap.gateway.feedback;

import no.samskap.gateway.shell.web.TextBundle;

/** The texts of the feedback pages, forms and sections, in every language. */
public final class FeedbackTexts implements TextBundle {

    @Override
    public String baseName() {
        return "i18n/feedback";
    }
}
