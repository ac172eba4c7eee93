package no.samskap.gateway.organisations.help;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** On an association's page ({@code help/association.jte}): the help it offered that was accepted. */
public record AssociationOffers(TemplateTexts t, List<Line> offers) {

    /** An accepted offer: {@code what} in the page's words, {@code description} the association's own. */
    public record Line(String ideaId, Content what, String description) {
    }
}
