package no.samskap.gateway.organisations.help;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;

import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * "Hjelp foreningen har gitt" on an association's page (the page "association"): the offers of help staff accepted
 * from it, each linked to its idea. Left out when there are none.
 */
@Singleton
final class AssociationOffersPanel implements PagePanel {

    private final HelpOffers offers;

    AssociationOffersPanel(HelpOffers offers) {
        this.offers = offers;
    }

    @Override
    public String page() {
        return "association";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<String> content(String subjectId, PanelViewer viewer) {
        var accepted = offers.acceptedOf(UUID.fromString(subjectId));
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        var texts = viewer.texts();
        var html = new StringBuilder("""
            <section id="association-help-offers" aria-labelledby="association-help-offers-heading">
            <h2 class="ds-heading" id="association-help-offers-heading">%s</h2>
            <ul class="ds-list">
            """.formatted(texts.text("vol.association.offers")));
        for (var offer : accepted) {
            html.append("  <li><a class=\"ds-link\" href=\"/ideer/").append(offer.ideaId()).append("\">")
                .append(HelpOffersPanel.what(texts, offer)).append("</a> – ").append(escape(offer.description()))
                .append("</li>\n");
        }
        return Optional.of(html.append("</ul>\n</section>\n").toString());
    }
}
