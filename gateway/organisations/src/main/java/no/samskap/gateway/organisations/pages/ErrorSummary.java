package no.samskap.gateway.organisations.pages;

import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.Map;
import java.util.Optional;

/** The error summary ({@code errorSummary.jte}) alone, for a page that puts it above parts of other modules. */
public record ErrorSummary(TemplateTexts t, FormMessages messages) {

    /** {@code messagesByField} already escaped, as {@link Texts} gives them; each links to its field's id. */
    public static String render(Texts texts, Map<String, String> messagesByField, Optional<String> general) {
        return OrganisationTemplates.render("errorSummary.jte", new ErrorSummary(new TemplateTexts(texts),
            FormMessages.of(messagesByField, general)));
    }
}
