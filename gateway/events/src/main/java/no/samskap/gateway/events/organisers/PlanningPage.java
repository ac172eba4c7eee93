package no.samskap.gateway.events.organisers;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Planlegging" ({@code organisers/planning.jte}): the municipality's events as the events service shows them to
 * this organiser, drafts first and the latest first within a status, with the way to a new one and to the venues.
 */
public record PlanningPage(TemplateTexts t, String newEvent, String municipality, List<Line> events) {

    private static final List<String> ORDER = List.of("draft", "published", "completed", "cancelled");

    /** One event: {@code status} in the page's words. */
    public record Line(String id, String title, Content status, String when) {
    }

    static PlanningPage of(Texts texts, List<Map<String, Object>> events, String municipality) {
        return new PlanningPage(new TemplateTexts(texts), OrganiserPagesController.NEW, municipality, events.stream()
            .sorted(Comparator.<Map<String, Object>>comparingInt(event -> ORDER.indexOf(
                    String.valueOf(event.get("status"))))
                .thenComparing(event -> Instant.parse(String.valueOf(event.get("startsAt"))), Comparator.reverseOrder()))
            .map(event -> new Line(String.valueOf(event.get("id")), String.valueOf(event.get("title")),
                html(texts.word("evo.status", String.valueOf(event.get("status")))), OrganiserWords.when(texts, event)))
            .toList());
    }
}
