package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The organisers' page of one event: where it stands and what can be done next (change, publish, cancel with a
 * reason, complete), who registered with their needs, the volunteer shifts with a form for a new one, and the way
 * to check-in. Everything here comes from the events service, asked with the organiser's own token.
 */
final class OrganiserView {

    static final List<String> SHIFT_FIELDS = List.of("role", "startsAt", "endsAt", "needed", "minimumAge");
    static final List<String> CANCEL_FIELDS = List.of("reason");

    private OrganiserView() {
    }

    record Shift(Map<String, Object> shift, List<Map<String, Object>> signUps) {
    }

    @SuppressWarnings("unchecked")
    static String render(Texts texts, Map<String, Object> event, Optional<Map<String, Object>> roster,
                         List<Shift> shifts, Optional<FormRefusal> refusal, String done, String csrf) {
        var id = escape(String.valueOf(event.get("id")));
        var status = String.valueOf(event.get("status"));
        var html = new StringBuilder();
        html.append("<p><a class=\"ds-link\" href=\"/arrangementer/").append(id).append("\">")
            .append(texts.text("evo.page.public")).append("</a></p>\n");
        html.append("<h1 class=\"ds-heading\" data-size=\"lg\" dir=\"auto\">").append(escape(String.valueOf(
            event.get("title")))).append("</h1>\n");
        if (!done.isEmpty() && texts.has("evo.done." + done)) {
            html.append("<div class=\"ds-alert\" data-color=\"success\" role=\"status\"><p>")
                .append(texts.text("evo.done." + done)).append("</p></div>\n");
        }
        var general = refusal.flatMap(refused -> refused.general(texts, List.of()));
        refusal.ifPresent(refused -> html.append(EventFormView.errorSummary(texts, messages(texts, refused,
            concat(SHIFT_FIELDS, CANCEL_FIELDS)), general)));
        html.append("<p><span class=\"ds-tag\" data-color=\"").append(status.equals("cancelled") ? "danger"
                : "info").append("\">").append(texts.word("evo.status", status)).append("</span> ")
            .append(escape(when(texts, event))).append("</p>\n");
        html.append(actions(texts, id, status, event, csrf));
        roster.ifPresent(found -> html.append(registrations(texts, found)));
        html.append(shiftsSection(texts, id, status, shifts, csrf));
        return html.toString();
    }

    private static String actions(Texts texts, String id, String status, Map<String, Object> event, String csrf) {
        var html = new StringBuilder("<section class=\"organiser-actions\" aria-labelledby=\"actions-heading\">\n")
            .append("<h2 class=\"ds-heading\" data-size=\"sm\" id=\"actions-heading\">")
            .append(texts.text("evo.actions.heading")).append("</h2>\n<div class=\"button-row\">\n");
        if (status.equals("draft") || status.equals("published")) {
            html.append("<a class=\"ds-button\" data-variant=\"secondary\" href=\"/arrangementer/").append(id)
                .append("/endre\">").append(texts.text("evo.actions.edit")).append("</a>\n");
        }
        if (status.equals("draft")) {
            html.append(post(id, "publisering", texts.text("evo.actions.publish"), "primary", csrf));
        }
        if (status.equals("published") && !Instant.parse(String.valueOf(event.get("startsAt"))).isAfter(Instant.now())) {
            html.append(post(id, "fullforing", texts.text("evo.actions.complete"), "primary", csrf));
        }
        if (status.equals("published")) {
            html.append("<a class=\"ds-button\" data-variant=\"secondary\" href=\"/arrangementer/").append(id)
                .append("/innsjekk\">").append(texts.text("evo.actions.checkIn")).append("</a>\n");
        }
        html.append("</div>\n");
        if (status.equals("draft") || status.equals("published")) {
            html.append("""
                <form method="post" action="/arrangementer/%s/avlysning" class="cancel-form">
                  <input type="hidden" name="%s" value="%s">
                  <div class="ds-field">
                    <label class="ds-label" for="reason">%s</label>
                    <div data-field="description" id="reason-hint">%s</div>
                    <textarea class="ds-input" id="reason" name="reason" rows="2" maxlength="1000" aria-describedby="reason-hint"></textarea>
                  </div>
                  <button class="ds-button" data-variant="secondary" data-color="danger" type="submit">%s</button>
                </form>
                """.formatted(id, CsrfTokens.FIELD, escape(csrf), texts.text("evo.cancel.reason"),
                texts.text("evo.cancel.hint"), texts.text("evo.actions.cancel")));
        }
        return html.append("</section>\n").toString();
    }

    @SuppressWarnings("unchecked")
    private static String registrations(Texts texts, Map<String, Object> roster) {
        var seats = (Map<String, Object>) roster.getOrDefault("seats", Map.of());
        var rows = (List<Map<String, Object>>) roster.getOrDefault("registrations", List.of());
        var html = new StringBuilder("<section aria-labelledby=\"registrations-heading\">\n")
            .append("<h2 class=\"ds-heading\" data-size=\"sm\" id=\"registrations-heading\">")
            .append(texts.text("evo.registrations.heading")).append("</h2>\n<p>")
            .append(texts.text("evo.registrations.seats", seats.get("confirmed"), seats.get("waiting"),
                seats.get("capacity") == null ? texts.text("evo.registrations.unlimited") : seats.get("capacity")))
            .append("</p>\n");
        if (rows.isEmpty()) {
            return html.append("<p>").append(texts.text("evo.registrations.none")).append("</p>\n</section>\n")
                .toString();
        }
        html.append("<div class=\"table-scroll\"><table class=\"ds-table\" data-border>\n<thead><tr><th scope=\"col\">")
            .append(texts.text("evo.registrations.name")).append("</th><th scope=\"col\">")
            .append(texts.text("evo.registrations.places")).append("</th><th scope=\"col\">")
            .append(texts.text("evo.registrations.status")).append("</th><th scope=\"col\">")
            .append(texts.text("evo.registrations.needs")).append("</th></tr></thead>\n<tbody>\n");
        for (var row : rows) {
            var needs = (Map<String, Object>) row.getOrDefault("accessibilityNeeds", Map.of());
            var codes = ((List<String>) needs.getOrDefault("codes", List.of())).stream()
                .map(code -> texts.word("evo.need", code)).toList();
            var note = String.valueOf(needs.getOrDefault("note", ""));
            html.append("<tr><td dir=\"auto\">").append(escape(name(row))).append("</td><td>")
                .append(row.get("places")).append("</td><td>")
                .append(texts.word("evo.registration", String.valueOf(row.get("status"))))
                .append(row.get("position") == null ? "" : " (" + row.get("position") + ")").append("</td><td>")
                .append(String.join(", ", codes)).append(note.isBlank() || note.equals("null") ? ""
                    : (codes.isEmpty() ? "" : ". ") + "<span dir=\"auto\">" + escape(note) + "</span>")
                .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n</section>\n").toString();
    }

    private static String shiftsSection(Texts texts, String id, String status, List<Shift> shifts, String csrf) {
        var html = new StringBuilder("<section aria-labelledby=\"shifts-heading\">\n")
            .append("<h2 class=\"ds-heading\" data-size=\"sm\" id=\"shifts-heading\">")
            .append(texts.text("evo.shifts.heading")).append("</h2>\n");
        if (shifts.isEmpty()) {
            html.append("<p>").append(texts.text("evo.shifts.none")).append("</p>\n");
        } else {
            html.append("<ul class=\"ds-list\">\n");
            for (var shift : shifts) {
                var s = shift.shift();
                html.append("<li dir=\"auto\"><strong>").append(escape(String.valueOf(s.get("role"))))
                    .append("</strong>, ").append(escape(period(texts, s))).append(": ")
                    .append(texts.text("evo.shifts.filled", s.get("filled"), s.get("needed"), s.get("waiting")));
                if (Boolean.TRUE.equals(s.get("attestRequired"))) {
                    html.append(" · ").append(texts.text("evo.shifts.attest"));
                }
                var absent = shift.signUps().stream().filter(signUp -> signUp.get("absence") != null).count();
                if (absent > 0) {
                    html.append(" · <strong>").append(texts.text("evo.shifts.absences", absent)).append("</strong>");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n<p><a class=\"ds-link\" href=\"/arrangementer/").append(id).append("/vakter\">")
                .append(texts.text("evo.shifts.list")).append("</a></p>\n");
        }
        if (status.equals("draft") || status.equals("published")) {
            html.append("""
                <details class="new-shift">
                  <summary>%s</summary>
                  <form method="post" action="/arrangementer/%s/vakter">
                    <input type="hidden" name="%s" value="%s">
                    <div class="ds-field"><label class="ds-label" for="role">%s</label>
                      <input class="ds-input" id="role" name="role" maxlength="80" required></div>
                    <div class="ds-field"><label class="ds-label" for="shift-startsAt">%s</label>
                      <input class="ds-input" type="datetime-local" id="shift-startsAt" name="startsAt" required></div>
                    <div class="ds-field"><label class="ds-label" for="shift-endsAt">%s</label>
                      <input class="ds-input" type="datetime-local" id="shift-endsAt" name="endsAt" required></div>
                    <div class="ds-field"><label class="ds-label" for="needed">%s</label>
                      <input class="ds-input" id="needed" name="needed" inputmode="numeric" required></div>
                    <div class="ds-field"><label class="ds-label" for="minimumAge">%s</label>
                      <input class="ds-input" id="minimumAge" name="minimumAge" inputmode="numeric"></div>
                    <div class="ds-field">
                      <input class="ds-input" type="checkbox" id="attestRequired" name="attestRequired" value="true">
                      <label class="ds-label" data-weight="regular" for="attestRequired">%s</label></div>
                    <button class="ds-button" data-variant="secondary" type="submit">%s</button>
                  </form>
                </details>
                """.formatted(texts.text("evo.shifts.new"), id, CsrfTokens.FIELD, escape(csrf),
                texts.text("evo.shifts.role"), texts.text("evo.shifts.startsAt"), texts.text("evo.shifts.endsAt"),
                texts.text("evo.shifts.needed"), texts.text("evo.shifts.minimumAge"),
                texts.text("evo.shifts.attestRequired"), texts.text("evo.shifts.create")));
        }
        return html.append("</section>\n").toString();
    }

    static Map<String, String> messages(Texts texts, FormRefusal refusal, List<String> fields) {
        var messages = new java.util.LinkedHashMap<String, String>();
        fields.forEach(field -> refusal.messageFor(field, texts).ifPresent(message -> messages.put(field, message)));
        return messages;
    }

    static String name(Map<String, Object> row) {
        var name = row.get("displayName");
        return name == null ? String.valueOf(row.getOrDefault("personId", "")) : String.valueOf(name);
    }

    static String post(String id, String action, String label, String variant, String csrf) {
        return OrganiserPagesController.postTo("/arrangementer/" + id + "/" + action, label, variant, csrf);
    }

    /** "lørdag 27. mars 2027 kl. 18.00–20.00" in Norwegian, "Saturday 27 March 2027, 18:00–20:00" in English. */
    static String when(Texts texts, Map<String, Object> event) {
        return period(texts, event);
    }

    private static String period(Texts texts, Map<String, Object> item) {
        var starts = LocalDateTime.ofInstant(Instant.parse(String.valueOf(item.get("startsAt"))), EventForm.OSLO);
        var ends = LocalDateTime.ofInstant(Instant.parse(String.valueOf(item.get("endsAt"))), EventForm.OSLO);
        var english = texts.language() == Language.ENGLISH;
        var locale = english ? Locale.UK : texts.language().locale();
        var day = DateTimeFormatter.ofPattern(english ? "EEEE d MMMM yyyy" : "EEEE d. MMMM yyyy", locale);
        var time = DateTimeFormatter.ofPattern(english ? "HH:mm" : "HH.mm", locale);
        var end = starts.toLocalDate().equals(ends.toLocalDate()) ? ends.format(time)
            : ends.format(day) + (english ? ", " : " kl. ") + ends.format(time);
        return starts.format(day) + (english ? ", " : " kl. ") + starts.format(time) + "–" + end;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
