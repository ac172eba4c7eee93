package no.samskap.gateway.organisations.help;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

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
        return Optional.of(OrganisationTemplates.render("help/mine.jte", new MyOffers(mine.stream()
            .map(offer -> new MyOffers.Line(offer.id().toString(), offer.ideaId().toString(),
                html(HelpOffersPanel.what(texts, offer)), offer.byAnAssociation()
                    ? directory.find(offer.associationId()).map(DirectoryEntry::name).orElse("") : null,
                html(texts.word("vol.status", offer.status())), html(texts.date(offer.offeredAt()))))
            .toList())));
    }
}
