package no.samskap.gateway.organisations.pages;

import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** An association's page: its badge, what it says of itself, the register's facts, its parent and its contact. */
final class AssociationView {

    private AssociationView() {
    }

    /** The verified badge, or nothing for an association the municipality has not verified. */
    static String badge(Texts texts, DirectoryEntry association) {
        return association.verified()
            ? " <span class=\"ds-tag verified-badge\" data-color=\"success\">" + texts.text("org.verified") + "</span>"
            : "";
    }

    static String render(Texts texts, DirectoryEntry association, String municipalityName,
                         Optional<AssociationReads.Contact> contact, boolean mayListMembers, Optional<String> done) {
        var html = new StringBuilder();
        done.filter("registrert"::equals).ifPresent(registered -> html.append(
            "<div class=\"ds-alert\" data-color=\"success\" role=\"status\" id=\"done\"><p>")
            .append(texts.text("org.page.registered")).append("</p></div>\n"));
        html.append("<h1 class=\"ds-heading\">").append(escape(association.name())).append("</h1>\n");
        html.append("<p>").append(badge(texts, association).strip()).append(association.verified() ? ""
            : "<span class=\"ds-tag\" data-color=\"neutral\">" + texts.text("org.page.notVerified") + "</span>")
            .append("</p>\n");
        html.append("<p class=\"description\">").append(escape(association.description()).replace("\n", "<br>\n"))
            .append("</p>\n");
        html.append("<h2 class=\"ds-heading\" data-size=\"sm\">").append(texts.text("org.page.about")).append("</h2>\n<dl>\n");
        AssociationFacts.fact(html, texts.text("org.page.organisationNumber"), escape(association.organisationNumber()));
        AssociationFacts.fact(html, texts.text("org.page.type"), texts.word("org.type", association.type()));
        AssociationFacts.fact(html, texts.text("org.page.municipality"), escape(municipalityName));
        if (association.parentAssociationId() != null && association.parentName() != null) {
            AssociationFacts.fact(html, texts.text("org.page.parent"), "<a class=\"ds-link\" href=\"/foreninger/"
                + association.parentAssociationId() + "\">" + escape(association.parentName()) + "</a>");
        }
        if (association.verifiedAt() != null) {
            AssociationFacts.fact(html, texts.text("org.page.verifiedAt"), texts.date(association.verifiedAt()));
        }
        html.append("</dl>\n");
        html.append(AssociationFacts.registerFacts(texts, association, 2));
        html.append(contact(texts, contact));
        if (mayListMembers) {
            html.append("<p><a class=\"ds-link\" id=\"members-link\" href=\"/foreninger/").append(association.id())
                .append("/medlemmer\">").append(texts.text("org.page.members")).append("</a></p>\n");
        }
        return html.append("<p><a class=\"ds-link\" href=\"/kommuner/").append(escape(association.municipality()))
            .append("/foreninger\">").append(texts.text("org.page.toDirectory", municipalityName)).append("</a></p>")
            .toString();
    }

    private static String contact(Texts texts, Optional<AssociationReads.Contact> contact) {
        var html = new StringBuilder("<h2 class=\"ds-heading\" data-size=\"sm\">" + texts.text("org.page.contact")
            + "</h2>\n");
        var given = contact.filter(details -> present(details.contactEmail()) || present(details.contactPhone())
            || present(details.website()));
        if (given.isEmpty()) {
            return html.append("<p>").append(texts.text("org.page.noContact")).append("</p>\n").toString();
        }
        var details = given.get();
        html.append("<dl class=\"contact\">\n");
        if (present(details.contactEmail())) {
            AssociationFacts.fact(html, texts.text("org.page.email"), "<a class=\"ds-link\" href=\"mailto:" + escape(details.contactEmail())
                + "\">" + escape(details.contactEmail()) + "</a>");
        }
        if (present(details.contactPhone())) {
            AssociationFacts.fact(html, texts.text("org.page.phone"), escape(details.contactPhone()));
        }
        if (present(details.website())) {
            var website = details.website();
            var link = website.startsWith("https://") || website.startsWith("http://")
                ? "<a class=\"ds-link\" href=\"" + escape(website) + "\" rel=\"nofollow noopener\">" + escape(website) + "</a>"
                : escape(website);
            AssociationFacts.fact(html, texts.text("org.page.website"), link);
        }
        return html.append("</dl>\n").toString();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
