package no.samskap.gateway.ideas.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/** The small forms of an idea page ({@code buttonForm.jte}, {@code textForm.jte}): a button alone, or one text. */
public final class PageFormParts {

    /** A form that is one button; {@code variant} is Designsystemet's (primary, secondary, tertiary). */
    public record ButtonForm(String id, String action, String csrfField, String csrf, String name, String value,
                             Content label, String variant) {
    }

    /**
     * A form with one text field named {@code field}; {@code id} both names the form and, with "-text", its field.
     * After a refusal of this form, {@code error} follows the field and is tied to it; {@code typed} comes back.
     */
    public record TextForm(TemplateTexts t, String id, String action, String csrfField, String csrf, String field,
                           Content label, Content hint, Content button, @Nullable Content error, Content typed,
                           @Nullable String parentId) {

        public String describedBy() {
            return id + "-text-hint" + (error == null ? "" : " " + id + "-text-error");
        }
    }

    private PageFormParts() {
    }

    static ButtonForm button(String id, String action, String csrf, String name, String value, String label,
                             String variant) {
        return new ButtonForm(id, action, CsrfTokens.FIELD, csrf, name, value, html(label), variant);
    }

    static TextForm text(String formId, String action, String field, String label, String hint, String button,
                         Viewing viewing, Texts texts, @Nullable String parentId) {
        var problem = viewing.problem() != null && viewing.problem().form().equals(formId)
            && viewing.problem().refusal() != null ? viewing.problem() : null;
        Content error = null;
        if (problem != null) {
            var message = problem.refusal().messageFor(field, texts);
            error = html(message != null ? message : problem.refusal().general(texts, List.of()));
        }
        return new TextForm(new TemplateTexts(texts), formId, action, CsrfTokens.FIELD, viewing.csrf(), field,
            html(label), html(hint), html(button), error, html(IdeaFormView.textareaContent(viewing.typedIn(formId))),
            parentId);
    }

    static boolean refused(Viewing viewing, String form) {
        return viewing.problem() != null && viewing.problem().form().equals(form) && viewing.problem().refusal() != null;
    }
}
