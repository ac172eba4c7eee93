package no.samskap.gateway.organisations.pages;

import no.samskap.contract.organisations.AssociationTypes;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.directory.DirectoryQuery;
import no.samskap.gateway.organisations.directory.HelpKinds;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** The directory page's main part: the search form, how many match, and a card per association. */
final class DirectoryView {

    private DirectoryView() {
    }

    static String render(Texts texts, String municipalityName, DirectoryQuery query, List<DirectoryEntry> found) {
        var types = new LinkedHashMap<String, String>();
        types.put("", texts.text("org.directory.allTypes"));
        AssociationTypes.CODES.forEach(code -> types.put(code, texts.word("org.type", code)));
        var kinds = new LinkedHashMap<String, String>();
        kinds.put("", texts.text("org.directory.anyHelp"));
        HelpKinds.CODES.forEach(code -> kinds.put(code, texts.word("vol.kind", code)));
        var html = new StringBuilder("""
            <h1 class="ds-heading">%s</h1>
            <form method="get" action="/kommuner/%s/foreninger" role="search" aria-label="%s" class="directory-search">
            %s
            %s
            %s
              %s
            </form>
            <p role="status" id="directory-count">%s</p>
            """.formatted(texts.text("org.directory.heading", municipalityName), escape(query.municipality()),
            texts.text("org.directory.search"),
            FormParts.input(texts, new FormParts.Field("navn", "org.directory.name", "org.directory.name.hint",
                "type=\"search\""), query.words(), Optional.empty()).indent(2).stripTrailing(),
            FormParts.select(texts, new FormParts.Field("type", "org.directory.type", null, ""), types, query.type(),
                Optional.empty()).indent(2).stripTrailing(),
            FormParts.select(texts, new FormParts.Field("tilbyr", "org.directory.offers", null, ""), kinds,
                query.offers(), Optional.empty()).indent(2).stripTrailing(),
            FormParts.button(texts.text("org.directory.submit"), "secondary"),
            texts.text("org.directory.count", found.size())));
        if (found.isEmpty()) {
            html.append("<p>").append(texts.text("org.directory.empty")).append("</p>\n");
        } else {
            html.append("<ul class=\"ds-list directory\">\n");
            found.forEach(association -> html.append(card(texts, association).indent(2)));
            html.append("</ul>\n");
        }
        return html.append("<p><a class=\"ds-link\" href=\"/foreninger/ny\">")
            .append(texts.text("org.directory.register")).append("</a></p>").toString();
    }

    static String municipalities(Texts texts, List<MunicipalityDirectory.Municipality> all) {
        var html = new StringBuilder("<h1 class=\"ds-heading\">" + texts.text("org.choose.heading") + "</h1>\n");
        if (all.isEmpty()) {
            return html.append("<p>").append(texts.text("org.choose.none")).append("</p>").toString();
        }
        html.append("<p>").append(texts.text("org.choose.text")).append("</p>\n<ul class=\"ds-list\">\n");
        all.forEach(municipality -> html.append("  <li><a class=\"ds-link\" href=\"/kommuner/")
            .append(escape(municipality.number())).append("/foreninger\">")
            .append(texts.text("org.home.directory", municipality.name())).append("</a></li>\n"));
        return html.append("</ul>").toString();
    }

    private static String card(Texts texts, DirectoryEntry association) {
        return """
            <li>
              <article class="ds-card association-card" data-association-id="%s">
                <h2 class="ds-heading" data-size="sm"><a class="ds-link" href="/foreninger/%s">%s</a></h2>
                <p><span class="ds-tag" data-color="neutral">%s</span>%s</p>
                <p>%s</p>%s
              </article>
            </li>""".formatted(association.id(), association.id(), escape(association.name()),
            texts.word("org.type", association.type()), AssociationView.badge(texts, association),
            escape(association.description()), offers(texts, association));
    }

    /** "Tilbyr: Lokale, Utstyr" when the association has offered help the municipality accepted. */
    private static String offers(Texts texts, DirectoryEntry association) {
        if (association.offers().isEmpty()) {
            return "";
        }
        var kinds = association.offers().stream().map(kind -> texts.word("vol.kind", kind)).toList();
        return "\n    <p class=\"association-offers\">" + texts.text("org.directory.offersList") + " "
            + String.join(", ", kinds) + "</p>";
    }
}
