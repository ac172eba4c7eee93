package no.samskap.gateway.events.ideas;

import jakarta.inject.Singleton;
import no.samskap.gateway.events.calendar.EventCalendar;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Templates;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * On an idea's page, for everyone: the event that carried the idea out, "Realisert som arrangement: …", linking its
 * page. The calendar knows it from {@code event-completed}, the message that makes the proposals service mark the idea
 * realised with the event's id, so the two never disagree and the ideas module need not know events.
 */
@Singleton
final class RealisedIdeaPanel implements PagePanel {

    private static final Templates TEMPLATES = new Templates("gg.jte.generated.precompiled.events",
        RealisedIdeaPanel.class);

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
        return Optional.of(TEMPLATES.render("ideas/realised.jte", new RealisedBy(new TemplateTexts(viewer.texts()),
            events.stream().map(event -> new RealisedBy.Event(event.id(), event.title())).toList())));
    }

    private static Optional<UUID> idea(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
