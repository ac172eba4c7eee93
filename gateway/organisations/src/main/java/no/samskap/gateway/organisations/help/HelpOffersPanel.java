package no.samskap.gateway.organisations.help;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

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
        var resident = viewer.authentication().filter(auth -> StaffMember.of(auth).isEmpty());
        var subject = viewer.subject();
        var form = resident.isPresent() && subject.isPresent() ? OfferForm.of(texts, idea,
            memberships.of(subject.get()).stream().filter(membership -> Memberships.ADMIN.equals(membership.role()))
                .toList(), OfferForm.Typed.EMPTY, Optional.empty(), viewer.csrfToken()) : null;
        return Optional.of(OrganisationTemplates.render("help/panel.jte", new IdeaHelpOffers(new TemplateTexts(texts),
            "tilbudt".equals(viewer.query().get("hjelp")),
            offers.acceptedFor(idea).stream().map(offer -> accepted(texts, offer)).toList(), form,
            viewer.authentication().isEmpty())));
    }

    private IdeaHelpOffers.Accepted accepted(Texts texts, HelpOffers.Offer offer) {
        var association = offer.byAnAssociation() ? offer.associationId().toString() : null;
        var name = association == null ? "" : directory.find(offer.associationId()).map(DirectoryEntry::name)
            .orElse(association);
        return new IdeaHelpOffers.Accepted(offer.id().toString(), association, name, html(what(texts, offer)),
            offer.description());
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
