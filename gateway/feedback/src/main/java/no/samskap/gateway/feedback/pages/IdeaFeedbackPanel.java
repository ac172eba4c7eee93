package no.samskap.gateway.feedback.pages;

import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.web.Forms;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;

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
        var texts = viewer.texts();
        var parts = new StringBuilder();
        for (var event : board.realising(idea.get())) {
            var said = board.aboutEvent(UUID.fromString(event.id()), SHOWN_PER_EVENT);
            if (!said.isEmpty()) {
                parts.append("<h3 class=\"ds-heading\" data-size=\"2xs\"><a class=\"ds-link\" href=\"/arrangementer/")
                    .append(Html.escape(event.id())).append("\" dir=\"auto\">").append(Html.escape(event.title()))
                    .append("</a></h3>\n").append(FeedbackEntriesList.html(said, texts));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("<section class=\"idea-feedback\" id=\"idea-feedback\" aria-labelledby=\"idea-feedback-heading\">\n"
            + "<h2 class=\"ds-heading\" data-size=\"xs\" id=\"idea-feedback-heading\">" + texts.text("fb.idea.heading")
            + "</h2>\n" + parts + "</section>\n");
    }
}
