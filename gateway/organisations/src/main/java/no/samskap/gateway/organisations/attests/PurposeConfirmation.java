package no.samskap.gateway.organisations.attests;

import gg.jte.Content;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.volunteering.PrintStylesheet;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The printable confirmation of purpose for a role ({@code attests/confirmation.jte}), to hand to the volunteer for
 * their application; {@code purpose} is the role in words, given to the purpose's sentence.
 */
public record PurposeConfirmation(TemplateTexts t, String associationName, String organisationNumber,
                                  String volunteerName, Content role, Content confirmedOn, String purpose,
                                  List<String> legalBasis, String printStylesheet) {

    static String render(Texts texts, AttestViews.Confirmation confirmation, String volunteerName) {
        return OrganisationTemplates.render("attests/confirmation.jte", new PurposeConfirmation(
            new TemplateTexts(texts), confirmation.associationName(), confirmation.organisationNumber(), volunteerName,
            html(AttestPage.roleWords(texts, confirmation.role(), confirmation.roleName())),
            html(texts.date(confirmation.confirmedOn())), texts.word("vol.attestRole", confirmation.role()),
            confirmation.legalBasis(), PrintStylesheet.url()));
    }
}
