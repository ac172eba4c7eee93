package no.samskap.gateway.organisations.hours;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.organisations.help.HelpOffers;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Mine timer" ({@code hours/mine.jte}): the hours the volunteer logged with where each stands, and the form to log
 * hours against one of their accepted offers, with what was typed kept after a refusal.
 */
public record HoursPage(TemplateTexts t, String csrf, FormMessages messages, boolean logged, List<Row> entries,
                        List<OfferChoice> offers, String offerId, String date, String hours, String role,
                        String note) {

    /** A logged entry: the service's reason is shown after its status when the entry was rejected. */
    public record Row(Content date, String hours, String role, Content status, @Nullable String rejectionReason) {
    }

    /** An accepted offer to log hours against: its kind and the start of its description. */
    public record OfferChoice(String id, Content kind, String description, boolean selected) {
    }

    static String render(Texts texts, String csrf, Map<String, String> messages, Optional<String> general,
                         boolean logged, List<HoursController.Entry> entries, List<HelpOffers.Offer> accepted,
                         HoursController.Typed typed) {
        return OrganisationTemplates.render("hours/mine.jte", new HoursPage(new TemplateTexts(texts), csrf,
            FormMessages.of(messages, general), logged, entries.stream().map(entry -> new Row(
                html(texts.date(entry.date())), VolunteerRecord.number(entry.hours()), entry.role(),
                html(texts.word("vol.hoursStatus", entry.status())), entry.rejectionReason())).toList(),
            accepted.stream().map(offer -> new OfferChoice(offer.id().toString(), html(texts.word("vol.kind",
                offer.kind())), shortened(offer.description()), offer.id().toString().equals(typed.offerId())))
                .toList(), typed.offerId(), typed.date(), typed.hours(), typed.role(), typed.note()));
    }

    private static String shortened(String description) {
        return description.length() > 60 ? description.substring(0, 60) + "…" : description;
    }
}
