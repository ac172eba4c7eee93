package no.samskap.gateway.organisations.help;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** "Mine tilbud om hjelp": the offers the person made, newest first, with where each stands; left out if none. */
@Singleton
final class MyOffersSection implements MyPageSection {

    static final String ANCHOR = "my-help-offers";

    private final HelpOffers offers;
    private final AssociationDirectory directory;

    MyOffersSection(HelpOffers offers, AssociationDirectory directory) {
        this.offers = offers;
        this.directory = directory;
    }

    @Override
    public Placement placement() {
        return new Placement(ANCHOR, "vol.me.offers", 65);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var mine = offers.madeBy(viewer.subject());
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        var texts = viewer.texts();
        var html = new StringBuilder("<ul class=\"ds-list\" id=\"my-help-offers-list\">\n");
        for (var offer : mine) {
            var forWhom = offer.byAnAssociation()
                ? " · " + escape(directory.find(offer.associationId()).map(DirectoryEntry::name).orElse(""))
                : "";
            html.append("  <li data-offer-id=\"").append(offer.id()).append("\"><a class=\"ds-link\" href=\"/ideer/")
                .append(offer.ideaId()).append("#").append(HelpOffersPanel.ANCHOR).append("\">")
                .append(HelpOffersPanel.what(texts, offer)).append("</a>").append(forWhom).append(" · ")
                .append("<span class=\"offer-status\">").append(texts.word("vol.status", offer.status()))
                .append("</span> · ").append(texts.date(offer.offeredAt())).append("</li>\n");
        }
        return Optional.of(html.append("</ul>\n").toString());
    }
}
