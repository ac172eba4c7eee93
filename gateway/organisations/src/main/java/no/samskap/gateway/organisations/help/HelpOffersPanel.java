package no.samskap.gateway.organisations.help;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.Texts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * "Tilbud om hjelp" below an idea: the offers staff accepted, each by its association (linked) or by "a volunteer",
 * never naming the person; and for a signed-in resident the form to offer help, as themselves or for an association
 * they are an admin of. Staff answer offers in their inbox instead.
 */
@Singleton
final class HelpOffersPanel implements PagePanel {

    static final String ANCHOR = "help-offers";

    private final HelpOffers offers;
    private final AssociationDirectory directory;
    private final Memberships memberships;

    HelpOffersPanel(HelpOffers offers, AssociationDirectory directory, Memberships memberships) {
        this.offers = offers;
        this.directory = directory;
        this.memberships = memberships;
    }

    @Override
    public String page() {
        return "idea";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<String> content(String subjectId, PanelViewer viewer) {
        var idea = UUID.fromString(subjectId);
        var texts = viewer.texts();
        var html = new StringBuilder("<section id=\"" + ANCHOR + "\" aria-labelledby=\"" + ANCHOR + "-heading\">\n")
            .append("<h2 class=\"ds-heading\" id=\"" + ANCHOR + "-heading\">").append(texts.text("vol.panel.heading"))
            .append("</h2>\n");
        if ("tilbudt".equals(viewer.query().get("hjelp"))) {
            html.append("<p class=\"ds-alert\" data-color=\"success\" role=\"status\" id=\"offer-confirmation\">")
                .append(texts.text("vol.panel.offered")).append("</p>\n");
        }
        html.append(accepted(texts, offers.acceptedFor(idea)));
        var resident = viewer.authentication().filter(auth -> StaffMember.of(auth).isEmpty());
        var subject = viewer.subject();
        if (resident.isPresent() && subject.isPresent()) {
            var adminOf = memberships.of(subject.get()).stream()
                .filter(membership -> Memberships.ADMIN.equals(membership.role())).toList();
            html.append("<h3 class=\"ds-heading\" data-size=\"xs\">").append(texts.text("vol.panel.offerHeading"))
                .append("</h3>\n")
                .append(OfferForm.TEMPLATES.render("help/offerForm.jte", OfferForm.of(texts, idea, adminOf,
                    OfferForm.Typed.EMPTY, Optional.empty(), viewer.csrfToken())));
        } else if (viewer.authentication().isEmpty()) {
            html.append("<p><a class=\"ds-link\" href=\"/logg-inn\">").append(texts.text("vol.panel.signInToOffer"))
                .append("</a></p>\n");
        }
        return Optional.of(html.append("</section>\n").toString());
    }

    private String accepted(Texts texts, List<HelpOffers.Offer> accepted) {
        if (accepted.isEmpty()) {
            return "<p id=\"accepted-offers-none\">" + texts.text("vol.panel.none") + "</p>\n";
        }
        var list = new StringBuilder("<ul class=\"ds-list\" id=\"accepted-offers\">\n");
        for (var offer : accepted) {
            list.append("  <li data-offer-id=\"").append(offer.id()).append("\">").append(offerer(texts, offer))
                .append(": ").append(what(texts, offer)).append(" – ").append(escape(offer.description()))
                .append("</li>\n");
        }
        return list.append("</ul>\n").toString();
    }

    private String offerer(Texts texts, HelpOffers.Offer offer) {
        if (!offer.byAnAssociation()) {
            return texts.text("vol.panel.aVolunteer");
        }
        var name = directory.find(offer.associationId()).map(DirectoryEntry::name)
            .orElse(offer.associationId().toString());
        return "<a class=\"ds-link\" href=\"/foreninger/" + offer.associationId() + "\">" + escape(name) + "</a>";
    }

    static String what(Texts texts, HelpOffers.Offer offer) {
        var kind = texts.word("vol.kind", offer.kind());
        if (offer.hours() == null || offer.hours().signum() == 0) {
            return kind;
        }
        return kind + " (" + texts.text("vol.hours.count", hours(offer.hours())) + ")";
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
