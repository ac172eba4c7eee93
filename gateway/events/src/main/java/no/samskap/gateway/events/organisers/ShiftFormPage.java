package no.samskap.gateway.events.organisers;

import gg.jte.Content;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The form that changes a shift ({@code organisers/shiftForm.jte}), filled in from the service's shift or with what
 * was typed and refused.
 */
public record ShiftFormPage(TemplateTexts t, String csrf, String eventId, String shiftId, ShiftForm form,
                            FormMessages messages) {

    static ShiftFormPage of(Texts texts, String eventId, String shiftId, ShiftForm form,
                            Optional<FormRefusal> refusal, String csrf) {
        return new ShiftFormPage(new TemplateTexts(texts), csrf, eventId, shiftId, form,
            shiftWords(texts, refusal, FormRefusal.messages(texts, refusal, ShiftForm.FIELDS, ShiftForm.FIELDS)));
    }

    /** The shift's own words where the event's would mislead ("a shift lasts at most 24 hours"), else the event's. */
    private static FormMessages shiftWords(Texts texts, Optional<FormRefusal> refusal, FormMessages messages) {
        var status = refusal.map(FormRefusal::status).orElse(0);
        var own = new LinkedHashMap<String, Content>();
        messages.byField().forEach((field, message) -> {
            var specific = "evo.shiftForm.error." + field + "." + status;
            var general = "evo.shiftForm.error." + field;
            own.put(field, texts.has(specific) ? html(texts.text(specific))
                : texts.has(general) ? html(texts.text(general)) : message);
        });
        return new FormMessages(own, messages.general());
    }
}
