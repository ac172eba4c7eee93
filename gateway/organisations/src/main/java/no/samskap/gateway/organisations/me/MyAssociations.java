package no.samskap.gateway.organisations.me;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** "Mine foreninger" on Min side ({@code me/associations.jte}): each association with the person's role in it. */
public record MyAssociations(TemplateTexts t, List<Association> associations) {

    /** An association the person belongs to: {@code role} in the page's words. */
    public record Association(String id, String name, Content role) {
    }
}
