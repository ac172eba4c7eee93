package no.samskap.gateway.organisations.help;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

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
        return Optional.of(OrganisationTemplates.render("help/association.jte", new AssociationOffers(
            new TemplateTexts(texts), accepted.stream().map(offer -> new AssociationOffers.Line(
                offer.ideaId().toString(), html(HelpOffersPanel.what(texts, offer)), offer.description())).toList())));
    }
}
