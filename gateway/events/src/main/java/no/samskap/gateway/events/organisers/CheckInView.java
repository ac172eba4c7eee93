package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * Check-in at the door, made for a phone: one row per registration and per volunteer, name first, a large button
 * to check them in, and who is already in. Needs are shown so the organisers can meet them at the door.
 */
final class CheckInView {

    private CheckInView() {
    }

    @SuppressWarnings("unchecked")
    static String render(Texts texts, Map<String, Object> event, Optional<Map<String, Object>> roster,
                         List<OrganiserView.Shift> shifts, String done, String csrf) {
        var id = escape(String.valueOf(event.get("id")));
        var html = new StringBuilder();
        html.append("<p><a class=\"ds-link\" href=\"/arrangementer/").append(id).append("/organisering\">")
            .append(texts.text("evo.checkIn.back")).append("</a></p>\n");
        html.append("<h1 class=\"ds-heading\" data-size=\"md\">").append(texts.text("evo.checkIn.heading",
            String.valueOf(event.get("title")))).append("</h1>\n");
        if (done.equals("checkedIn")) {
            html.append("<div class=\"ds-alert\" data-color=\"success\" role=\"status\"><p>")
                .append(texts.text("evo.done.checkedIn")).append("</p></div>\n");
        }
        var registrations = roster.map(found -> (List<Map<String, Object>>) found.getOrDefault("registrations",
            List.of())).orElse(List.of()).stream().filter(row -> "confirmed".equals(row.get("status"))).toList();
        html.append("<section aria-labelledby=\"attendees-heading\">\n<h2 class=\"ds-heading\" data-size=\"sm\" "
            + "id=\"attendees-heading\">").append(texts.text("evo.checkIn.attendees", registrations.stream()
                .filter(row -> row.get("checkedInAt") != null).count(), registrations.size())).append("</h2>\n");
        html.append("<ul class=\"ds-list check-in-list\">\n");
        for (var row : registrations) {
            var registration = escape(String.valueOf(row.get("id")));
            var needs = (Map<String, Object>) row.getOrDefault("accessibilityNeeds", Map.of());
            var codes = ((List<String>) needs.getOrDefault("codes", List.of())).stream()
                .map(code -> texts.word("evo.need", code)).toList();
            html.append("<li id=\"r-").append(registration).append("\" class=\"check-in-row\"><span dir=\"auto\">")
                .append(escape(OrganiserView.name(row))).append("</span> · ")
                .append(texts.text("evo.checkIn.places", row.get("places")));
            if (!codes.isEmpty()) {
                html.append(" · ").append(String.join(", ", codes));
            }
            if (row.get("checkedInAt") != null) {
                html.append(" <span class=\"ds-tag\" data-color=\"success\">").append(texts.text("evo.checkIn.in"))
                    .append("</span>");
            } else {
                html.append(OrganiserView.post(id, "innsjekk/" + registration, texts.text("evo.checkIn.button"),
                    "primary", csrf));
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
        for (var shift : shifts) {
            var shiftId = escape(String.valueOf(shift.shift().get("id")));
            html.append("<section aria-labelledby=\"shift-").append(shiftId).append("\">\n<h2 class=\"ds-heading\" "
                    + "data-size=\"sm\" id=\"shift-").append(shiftId).append("\" dir=\"auto\">")
                .append(texts.text("evo.checkIn.shift", String.valueOf(shift.shift().get("role")))).append("</h2>\n")
                .append("<ul class=\"ds-list check-in-list\">\n");
            for (var signUp : shift.signUps()) {
                if (!"placed".equals(signUp.get("status")) && !"confirmed".equals(signUp.get("status"))) {
                    continue;
                }
                var volunteer = escape(String.valueOf(signUp.get("volunteerId")));
                html.append("<li class=\"check-in-row\"><span dir=\"auto\">")
                    .append(escape(ShiftListView.volunteer(texts, signUp))).append("</span>");
                if (signUp.get("absence") instanceof Map<?, ?> absence) {
                    html.append(" · <strong>").append(texts.word("evo.absence", String.valueOf(absence.get("kind"))))
                        .append("</strong>");
                }
                if (signUp.get("checkedInAt") != null) {
                    html.append(" <span class=\"ds-tag\" data-color=\"success\">").append(texts.text("evo.checkIn.in"))
                        .append("</span>");
                } else {
                    html.append(OrganiserView.post(id, "vakter/" + shiftId + "/innsjekk/" + volunteer,
                        texts.text("evo.checkIn.button"), "primary", csrf));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n</section>\n");
        }
        return html.toString();
    }
}
