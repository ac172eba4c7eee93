package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** The form that changes a shift, filled in from the service's shift or with what was typed and refused. */
final class ShiftFormView {

    private ShiftFormView() {
    }

    static String render(Texts texts, String eventId, String shiftId, ShiftForm form, Optional<FormRefusal> refusal,
                         String csrf) {
        var messages = refusal.map(refused -> messages(texts, refused)).orElse(Map.of());
        var general = refusal.flatMap(refused -> refused.general(texts, ShiftForm.FIELDS));
        var html = new StringBuilder();
        html.append("<p><a class=\"ds-link\" href=\"/arrangementer/").append(escape(eventId)).append("/vakter\">")
            .append(texts.text("evo.shiftList.back")).append("</a></p>\n");
        html.append("<h1 class=\"ds-heading\" data-size=\"lg\">").append(texts.text("evo.shiftForm.heading"))
            .append("</h1>\n");
        html.append(EventFormView.errorSummary(texts, messages, general));
        html.append("<form class=\"event-form\" method=\"post\" action=\"/arrangementer/").append(escape(eventId))
            .append("/vakter/").append(escape(shiftId)).append("/endre\">\n<input type=\"hidden\" name=\"")
            .append(CsrfTokens.FIELD).append("\" value=\"").append(escape(csrf)).append("\">\n");
        html.append(EventFormView.field(texts, "evo.shifts.role", "role", messages, "<input class=\"ds-input\" "
            + "id=\"role\" name=\"role\" maxlength=\"100\" required value=\"" + escape(form.role()) + "\""
            + EventFormView.described("role", messages) + ">"));
        for (var time : new String[] {"startsAt", "endsAt"}) {
            html.append(EventFormView.field(texts, "evo.shifts." + time, time, messages, "<input class=\"ds-input\" "
                + "type=\"datetime-local\" id=\"" + time + "\" name=\"" + time + "\" required "
                + "min=\"2000-01-01T00:00\" max=\"9999-12-31T23:59\" value=\""
                + escape(time.equals("startsAt") ? form.startsAt() : form.endsAt()) + "\""
                + EventFormView.described(time, messages) + ">"));
        }
        html.append(EventFormView.field(texts, "evo.shifts.needed", "needed", messages, "<input class=\"ds-input\" "
            + "id=\"needed\" name=\"needed\" inputmode=\"numeric\" required value=\"" + escape(form.needed()) + "\""
            + EventFormView.described("needed", messages) + ">"));
        html.append("<button class=\"ds-button\" data-variant=\"primary\" type=\"submit\">")
            .append(texts.text("evo.form.save")).append("</button>\n</form>\n");
        return html.toString();
    }

    /** The shift's own words where the event's would mislead ("a shift lasts at most 24 hours"), else the event's. */
    private static Map<String, String> messages(Texts texts, FormRefusal refusal) {
        var messages = new LinkedHashMap<String, String>();
        for (var field : ShiftForm.FIELDS) {
            refusal.messageFor(field, texts).ifPresent(message -> {
                var specific = "evo.shiftForm.error." + field + "." + refusal.status();
                var own = "evo.shiftForm.error." + field;
                messages.put(field, texts.has(specific) ? texts.text(specific)
                    : texts.has(own) ? texts.text(own) : message);
            });
        }
        return messages;
    }
}
