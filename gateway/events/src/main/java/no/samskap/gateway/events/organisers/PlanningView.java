package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static no.samskap.gateway.shell.web.Html.escape;

/** "Planlegging": the municipality's events as the events service shows them to this organiser, drafts first. */
final class PlanningView {

    private static final List<String> ORDER = List.of("draft", "published", "completed", "cancelled");

    private PlanningView() {
    }

    static String render(Texts texts, List<Map<String, Object>> events, String municipality) {
        var html = new StringBuilder("<h1 class=\"ds-heading\" data-size=\"lg\">")
            .append(texts.text("evo.planning.title")).append("</h1>\n<p><a class=\"ds-button\" data-variant=\"primary\" "
                + "href=\"").append(OrganiserPagesController.NEW).append("\">").append(texts.text("evo.form.new"))
            .append("</a> <a class=\"ds-link\" id=\"venues-link\" href=\"/kommuner/").append(escape(municipality))
            .append("/lokaler\">").append(texts.text("evo.planning.venues")).append("</a></p>\n");
        if (events.isEmpty()) {
            return html.append("<p>").append(texts.text("evo.planning.none")).append("</p>\n").toString();
        }
        html.append("<ul class=\"ds-list planning\">\n");
        events.stream().sorted(Comparator.<Map<String, Object>>comparingInt(event -> ORDER.indexOf(
                String.valueOf(event.get("status")))).thenComparing(event -> Instant.parse(String.valueOf(
                event.get("startsAt"))), Comparator.reverseOrder()))
            .forEach(event -> html.append("  <li><a class=\"ds-link\" dir=\"auto\" href=\"/arrangementer/")
                .append(escape(String.valueOf(event.get("id")))).append("/organisering\">")
                .append(escape(String.valueOf(event.get("title")))).append("</a> · ")
                .append(texts.word("evo.status", String.valueOf(event.get("status")))).append(" · ")
                .append(escape(OrganiserWords.when(texts, event))).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }
}
