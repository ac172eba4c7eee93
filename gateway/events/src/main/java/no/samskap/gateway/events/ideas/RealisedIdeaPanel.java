package no.samskap.gateway.events.ideas;

import jakarta.inject.Singleton;
import no.samskap.gateway.events.calendar.EventCalendar;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * On an idea's page, for everyone: the event that carried the idea out, "Realisert som arrangement: …", linking its
 * page. The calendar knows it from {@code event-completed}, the message that makes the proposals service mark the idea
 * realised with the event's id, so the two never disagree and the ideas module need not know events.
 */
@Singleton
final class RealisedIdeaPanel implements PagePanel {

    private final EventCalendar calendar;

    RealisedIdeaPanel(EventCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public String page() {
        return "idea";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<String> content(String ideaId, PanelViewer viewer) {
        var events = idea(ideaId).map(calendar::realising).orElse(List.of());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        var texts = viewer.texts();
        var links = new StringBuilder();
        events.forEach(event -> links.append("<li>").append(texts.text("ev.realised.as"))
            .append(" <a class=\"ds-link\" href=\"/arrangementer/").append(escape(event.id()))
            .append("\" dir=\"auto\">").append(escape(event.title())).append("</a></li>\n"));
        return Optional.of("""
            <section class="idea-realised" aria-labelledby="idea-realised-heading">
              <h2 class="ds-heading" data-size="xs" id="idea-realised-heading">%s</h2>
              <ul class="ds-list" id="realised-by">
            %s  </ul>
            </section>
            """.formatted(texts.text("ev.realised.heading"), links));
    }

    private static Optional<UUID> idea(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
