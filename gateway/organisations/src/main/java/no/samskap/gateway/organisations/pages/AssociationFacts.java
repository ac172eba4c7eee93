package no.samskap.gateway.organisations.pages;

import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.web.Texts;

import static no.samskap.gateway.shell.web.Html.escape;

/** Facts about an association as a description list, for its page and for the staff inbox. */
public final class AssociationFacts {

    private AssociationFacts() {
    }

    /** What Enhetsregisteret says of the organisation number: for staff helping to verify, and for anyone to see. */
    public static String registerFacts(Texts texts, DirectoryEntry association, int headingLevel) {
        var html = new StringBuilder("<h%d class=\"ds-heading\" data-size=\"xs\">%s</h%d>\n<dl class=\"register-facts\">\n"
            .formatted(headingLevel, texts.text("org.page.registerFacts"), headingLevel));
        fact(html, texts.text("org.page.registerStatus"), texts.word("org.register-status", association.registerStatus()));
        if (association.registeredName() != null) {
            fact(html, texts.text("org.page.registeredName"), escape(association.registeredName()));
        }
        if (association.organisationForm() != null) {
            fact(html, texts.text("org.page.organisationForm"), escape(association.organisationForm()));
        }
        if (association.checkedAt() != null) {
            fact(html, texts.text("org.page.frivillighetsregisteret"),
                texts.text(association.inFrivillighetsregisteret() ? "org.yes" : "org.no"));
            fact(html, texts.text("org.page.checkedAt"), texts.date(association.checkedAt()));
        }
        if (association.deletedOn() != null) {
            fact(html, texts.text("org.page.deletedOn"), texts.date(association.deletedOn()));
        }
        return html.append("</dl>\n").toString();
    }

    static void fact(StringBuilder html, String term, String description) {
        html.append("  <dt>").append(term).append("</dt><dd>").append(description).append("</dd>\n");
    }
}
