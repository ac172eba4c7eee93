package no.samskap.gateway.feedback.pages;

import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.feedback.web.Forms;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.Optional;
import java.util.UUID;

/**
 * On an idea's page, below the events that realised it: what those who attended them said, so the idea's supporters
 * see how it went. The events and their ideas come from the events service's messages this module keeps.
 */
@Singleton
final class IdeaFeedbackPanel implements PagePanel {

    private static final int SHOWN_PER_EVENT = 10;

    private final FeedbackBoard board;

    IdeaFeedbackPanel(FeedbackBoard board) {
        this.board = board;
    }

    @Override
    public String page() {
        return "idea";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<String> content(String ideaId, PanelViewer viewer) {
        var idea = Forms.uuid(ideaId);
        if (idea.isEmpty()) {
            return Optional.empty();
        }
        var words = new FeedbackWords(viewer.texts());
        var events = board.realising(idea.get()).stream()
            .map(event -> new IdeaFeedback.Event(event.id(), event.title(),
                board.aboutEvent(UUID.fromString(event.id()), SHOWN_PER_EVENT).stream()
                    .map(entry -> EntryView.of(entry, words)).toList()))
            .filter(event -> !event.said().isEmpty())
            .toList();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FeedbackForm.TEMPLATES.render("ideaFeedback.jte",
            new IdeaFeedback(new TemplateTexts(viewer.texts()), events)));
    }
}
