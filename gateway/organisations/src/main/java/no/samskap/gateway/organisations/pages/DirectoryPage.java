package no.samskap.gateway.organisations.pages;

import no.samskap.contract.organisations.AssociationTypes;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.directory.DirectoryQuery;
import no.samskap.gateway.organisations.directory.HelpKinds;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.ArrayList;
import java.util.List;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The directory page ({@code pages/directory.jte}): the search form, how many match, and a card per association with
 * its type, badge and the kinds of help it offers that the municipality accepted.
 */
public record DirectoryPage(TemplateTexts t, DirectoryQuery query, String municipalityName, List<FormOption> types,
                            List<FormOption> kinds, List<DirectoryEntry> found) {

    /** The page to choose a municipality's directory from ({@code pages/municipalities.jte}). */
    public record Municipalities(TemplateTexts t, List<MunicipalityDirectory.Municipality> all) {
    }

    static String render(Texts texts, String municipalityName, DirectoryQuery query, List<DirectoryEntry> found) {
        return OrganisationTemplates.render("pages/directory.jte", new DirectoryPage(new TemplateTexts(texts), query,
            municipalityName, options(texts, "org.directory.allTypes", AssociationTypes.CODES, "org.type", query.type()),
            options(texts, "org.directory.anyHelp", HelpKinds.CODES, "vol.kind", query.offers()), found));
    }

    static String municipalities(Texts texts, List<MunicipalityDirectory.Municipality> all) {
        return OrganisationTemplates.render("pages/municipalities.jte",
            new Municipalities(new TemplateTexts(texts), all));
    }

    private static List<FormOption> options(Texts texts, String anyKey, List<String> codes, String wordGroup,
                                            String chosen) {
        var options = new ArrayList<FormOption>();
        options.add(new FormOption("", html(texts.text(anyKey)), chosen.isEmpty()));
        codes.forEach(code -> options.add(new FormOption(code, html(texts.word(wordGroup, code)), code.equals(chosen))));
        return options;
    }
}
