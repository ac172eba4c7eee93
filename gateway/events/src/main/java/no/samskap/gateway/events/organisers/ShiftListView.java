package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The event's shifts for their organisers and team leaders: each with who signed up, by the name their token gave
 * the events service at sign-up, their place or place on the waitlist, what they reported of being ill or late, and
 * whether they are checked in; and the way to change a shift while the event is open.
 */
final class ShiftListView {

    private ShiftListView() {
    }

    static String render(Texts texts, Map<String, Object> event, List<OrganiserView.Shift> shifts, String done) {
        var id = escape(String.valueOf(event.get("id")));
        var open = List.of("draft", "published").contains(String.valueOf(event.get("status")));
        var html = new StringBuilder();
        html.append("<p><a class=\"ds-link\" href=\"/arrangementer/").append(id).append("/organisering\">")
            .append(texts.text("evo.checkIn.back")).append("</a></p>\n");
        html.append("<h1 class=\"ds-heading\" data-size=\"md\" dir=\"auto\">").append(texts.text(
            "evo.shiftList.heading", escape(String.valueOf(event.get("title"))))).append("</h1>\n");
        if (!done.isEmpty() && texts.has("evo.done." + done)) {
            html.append("<div class=\"ds-alert\" data-color=\"success\" role=\"status\"><p>")
                .append(texts.text("evo.done." + done)).append("</p></div>\n");
        }
        if (shifts.isEmpty()) {
            html.append("<p>").append(texts.text("evo.shifts.none")).append("</p>\n");
        }
        for (var shift : shifts) {
            html.append(shift(texts, id, open, shift));
        }
        return html.toString();
    }

    private static String shift(Texts texts, String eventId, boolean open, OrganiserView.Shift shift) {
        var s = shift.shift();
        var shiftId = escape(String.valueOf(s.get("id")));
        var html = new StringBuilder("<section aria-labelledby=\"shift-").append(shiftId).append("\">\n")
            .append("<h2 class=\"ds-heading\" data-size=\"sm\" id=\"shift-").append(shiftId).append("\" dir=\"auto\">")
            .append(escape(String.valueOf(s.get("role")))).append("</h2>\n<p>")
            .append(escape(OrganiserView.when(texts, s))).append(" · ")
            .append(texts.text("evo.shifts.filled", s.get("filled"), s.get("needed"), s.get("waiting")))
            .append("</p>\n");
        if (open) {
            html.append("<p><a class=\"ds-link\" href=\"/arrangementer/").append(eventId).append("/vakter/")
                .append(shiftId).append("/endre\">").append(texts.text("evo.shiftList.change")).append("</a></p>\n");
        }
        if (shift.signUps().isEmpty()) {
            return html.append("<p>").append(texts.text("evo.shiftList.nobody")).append("</p>\n</section>\n")
                .toString();
        }
        html.append("<div class=\"table-scroll\"><table class=\"ds-table\" data-border>\n<thead><tr>");
        for (var column : List.of("name", "status", "absence", "checkedIn")) {
            html.append("<th scope=\"col\">").append(texts.text("evo.shiftList." + column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (var signUp : shift.signUps()) {
            var waiting = "waiting".equals(signUp.get("status"));
            html.append("<tr><td dir=\"auto\">").append(escape(volunteer(texts, signUp))).append("</td><td>")
                .append(waiting ? texts.text("evo.shiftList.waiting", signUp.get("waitingPosition"))
                    : texts.text("evo.shiftList.placed")).append("</td><td>").append(absence(texts, signUp))
                .append("</td><td>").append(signUp.get("checkedInAt") == null ? "" : texts.text("evo.checkIn.in"))
                .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n</section>\n").toString();
    }

    private static String absence(Texts texts, Map<String, Object> signUp) {
        if (!(signUp.get("absence") instanceof Map<?, ?> absence)) {
            return "";
        }
        var kind = texts.word("evo.absence", String.valueOf(absence.get("kind")));
        var minutes = absence.get("minutesLate") == null ? ""
            : " " + texts.text("evo.shiftList.minutesLate", absence.get("minutesLate"));
        var note = absence.get("note") == null || String.valueOf(absence.get("note")).isBlank() ? ""
            : ": <span dir=\"auto\">" + escape(String.valueOf(absence.get("note"))) + "</span>";
        return "<strong>" + kind + "</strong>" + minutes + note;
    }

    /** The volunteer's name as the service keeps it; never their subject id, which means nothing to a person. */
    static String volunteer(Texts texts, Map<String, Object> signUp) {
        var name = signUp.get("volunteerName");
        return name instanceof String given && !given.isBlank() ? given : texts.text("evo.shiftList.noName");
    }
}
