package no.samskap.gateway.organisations.help;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffInboxPages;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.Texts;

import static no.samskap.gateway.shell.web.Html.escape;

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
                var html = new StringBuilder("<ul class=\"ds-list help-offers-to-answer\">\n");
                waiting.forEach(offer -> html.append(item(view, offer).indent(2)));
                return html.append("</ul>\n").toString();
            }
        };
    }

    private String item(InboxView view, HelpOffers.Offer offer) {
        var texts = view.texts();
        var refused = view.refusal(OfferDecisionRefusal.class).filter(refusal -> refusal.offer().equals(offer.id()));
        var reasonId = "reason-" + offer.id();
        var reasonError = refused.filter(OfferDecisionRefusal::aboutTheReason).map(refusal -> refusal.message(texts));
        var generalError = refused.filter(refusal -> !refusal.aboutTheReason()).map(refusal -> refusal.message(texts));
        return """
            <li>
              <article class="ds-card" data-offer-id="%s">
                <h3 class="ds-heading" data-size="xs">%s</h3>
                <p>%s · <a class="ds-link" href="/ideer/%s">%s</a> · %s</p>
                <p>%s</p>%s
                <form method="post" action="%s/%s/godkjenning">
                  %s
                  %s
                </form>
                <form method="post" action="%s/%s/avslag">
                  %s
                  <div class="ds-field">
                    <label class="ds-label" for="%s">%s</label>%s
                    <textarea class="ds-input" id="%s" name="reason" rows="2" required%s>%s</textarea>
                  </div>
                  %s
                </form>
              </article>
            </li>""".formatted(offer.id(), offerer(texts, offer), HelpOffersPanel.what(texts, offer), offer.ideaId(),
            texts.text("vol.inbox.toIdea"), texts.text("vol.inbox.offeredAt", texts.date(offer.offeredAt())),
            escape(offer.description()),
            generalError.map(message -> "\n    <p class=\"ds-validation-message\" data-field=\"validation\">" + message
                + "</p>").orElse(""),
            PATH, offer.id(), FormParts.csrf(view.csrfToken()), FormParts.button(texts.text("vol.inbox.accept"), "primary"),
            PATH, offer.id(), FormParts.csrf(view.csrfToken()), reasonId, texts.text("vol.inbox.reason"),
            reasonError.map(message -> "\n        <p class=\"ds-validation-message\" data-field=\"validation\" id=\""
                + reasonId + "-error\">" + message + "</p>").orElse(""),
            reasonId, reasonError.isPresent() ? " aria-describedby=\"" + reasonId + "-error\" aria-invalid=\"true\"" : "",
            refused.map(OfferDecisionRefusal::typedReason).map(reason -> escape(reason)).orElse(""),
            FormParts.button(texts.text("vol.inbox.decline"), "secondary"));
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
