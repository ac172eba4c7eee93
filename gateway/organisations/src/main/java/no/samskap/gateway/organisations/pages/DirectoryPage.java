package no.samskap.gateway.organisations.pages;

import no.samskap.contract.organisations.AssociationTypes;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.organisations.directory.DirectoryEntries;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.directory.DirectoryQuery;
import no.samskap.gateway.organisations.directory.HelpKinds;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The directory page ({@code pages/directory.jte}): the search form, how many match on this page, a card per
 * association with its type, badge and the kinds of help it offers that the municipality accepted, and links to the
 * next page and back to the first when there are such.
 */
public record DirectoryPage(TemplateTexts t, DirectoryQuery query, String municipalityName, List<FormOption> types,
                            List<FormOption> kinds, List<DirectoryEntry> found, @Nullable String nextHref,
                            @Nullable String firstHref) {

    /** The query parameter of the cursor of the next page. */
    static final String AFTER = "etter";

    /** Whether the search's associations fill more than this one page. */
    public boolean paged() {
        return nextHref != null || firstHref != null;
    }

    /** The page to choose a municipality's directory from ({@code pages/municipalities.jte}). */
    public record Municipalities(TemplateTexts t, List<MunicipalityDirectory.Municipality> all) {
    }

    /** {@code later} says the page is not the search's first. */
    static String render(Texts texts, String municipalityName, DirectoryQuery query, DirectoryEntries found,
                         boolean later) {
        var search = search(query);
        return OrganisationTemplates.render("pages/directory.jte", new DirectoryPage(new TemplateTexts(texts), query,
            municipalityName, options(texts, "org.directory.allTypes", AssociationTypes.CODES, "org.type", query.type()),
            options(texts, "org.directory.anyHelp", HelpKinds.CODES, "vol.kind", query.offers()),
            found.associations(), found.next().map(cursor -> search + (search.contains("?") ? "&" : "?") + AFTER + "="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8)).orElse(null), later ? search : null));
    }

    /** The page's address with the search as asked, without the cursor. */
    private static String search(DirectoryQuery query) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("navn", query.words());
        parameters.put("type", query.type());
        parameters.put("tilbyr", query.offers());
        var kept = parameters.entrySet().stream().filter(parameter -> !parameter.getValue().isEmpty())
            .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return "/kommuner/" + query.municipality() + "/foreninger" + (kept.isEmpty() ? "" : "?" + kept);
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
