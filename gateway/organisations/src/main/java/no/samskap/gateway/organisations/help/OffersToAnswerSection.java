package no.samskap.gateway.organisations.help;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffInboxPages;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Tilbud om hjelp å svare på": the offers of help to the ideas of the staff member's municipality that wait for an
 * answer, oldest first, each with a form to accept it and one to decline it with a reason the offerer is told.
 */
@Singleton
final class OffersToAnswerSection implements InboxSection {

    static final String KEY = "help-offers-to-answer";
    static final String PATH = StaffInboxPages.PATH + "/tilbud-om-hjelp";

    private final HelpOffers offers;
    private final AssociationDirectory directory;

    OffersToAnswerSection(HelpOffers offers, AssociationDirectory directory) {
        this.offers = offers;
        this.directory = directory;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public String heading(Texts texts) {
        return texts.text("vol.inbox.heading");
    }

    @Override
    public Items read(StaffMember member) {
        var waiting = offers.waitingIn(member.municipality());
        return new Items() {
            @Override
            public int count() {
                return waiting.size();
            }

            @Override
            public String html(InboxView view) {
                return OrganisationTemplates.render("help/toAnswer.jte", new OffersToAnswer(
                    new TemplateTexts(view.texts()), view.csrfToken(), waiting.stream()
                    .map(offer -> item(view, offer)).toList()));
            }
        };
    }

    private OffersToAnswer.Waiting item(InboxView view, HelpOffers.Offer offer) {
        var texts = view.texts();
        var refused = view.refusal(OfferDecisionRefusal.class).filter(refusal -> refusal.offer().equals(offer.id()));
        var reasonError = refused.filter(OfferDecisionRefusal::aboutTheReason).map(refusal -> html(refusal.message(texts)));
        var generalError = refused.filter(refusal -> !refusal.aboutTheReason())
            .map(refusal -> html(refusal.message(texts)));
        return new OffersToAnswer.Waiting(offer, html(offerer(texts, offer)), html(HelpOffersPanel.what(texts, offer)),
            reasonError.orElse(null), generalError.orElse(null),
            refused.map(OfferDecisionRefusal::typedReason).orElse(""));
    }

    private String offerer(Texts texts, HelpOffers.Offer offer) {
        if (!offer.byAnAssociation()) {
            return texts.text("vol.inbox.fromVolunteer");
        }
        var name = directory.find(offer.associationId()).map(DirectoryEntry::name)
            .orElse(offer.associationId().toString());
        return texts.text("vol.inbox.fromAssociation", name);
    }
}
