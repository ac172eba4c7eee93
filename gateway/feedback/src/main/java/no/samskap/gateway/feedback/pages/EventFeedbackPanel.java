package no.samskap.gateway.feedback.pages;

import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.service.FeedbackService;
import no.samskap.gateway.feedback.service.ServiceViews;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.feedback.web.Forms;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;

import java.util.Optional;

/**
 * On an event's page: what those who attended said, and for someone the feedback service finds eligible (the event
 * is completed and they were registered or checked in) the feedback form. Only the service knows who attended, so it
 * is asked live with the person's token; when it does not answer the form is left out and the page says so.
 */
@Singleton
final class EventFeedbackPanel implements PagePanel {

    private static final int SHOWN = 20;

    private final FeedbackBoard board;
    private final FeedbackService service;
    private final AccessTokens accessTokens;

    EventFeedbackPanel(FeedbackBoard board, FeedbackService service, AccessTokens accessTokens) {
        this.board = board;
        this.service = service;
        this.accessTokens = accessTokens;
    }

    @Override
    public String page() {
        return "event";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<String> content(String eventId, PanelViewer viewer) {
        var event = Forms.uuid(eventId);
        if (event.isEmpty()) {
            return Optional.empty();
        }
        var texts = viewer.texts();
        var said = board.aboutEvent(event.get(), SHOWN);
        var own = viewer.authentication().flatMap(signedIn -> ServerRequestContext.currentRequest())
            .flatMap(accessTokens::toRelay).map(token -> service.eligibility(token, event.get().toString()));
        var part = new StringBuilder();
        own.ifPresent(answered -> part.append(own(viewer, event.get().toString(), answered)));
        if (said.isEmpty() && part.isEmpty()) {
            return Optional.empty();
        }
        var html = new StringBuilder("<section class=\"event-feedback\" id=\"event-feedback\" aria-labelledby=\"event-feedback-heading\">\n")
            .append("<h2 class=\"ds-heading\" data-size=\"sm\" id=\"event-feedback-heading\">")
            .append(texts.text("fb.event.heading")).append("</h2>\n");
        if (!said.isEmpty()) {
            html.append(FeedbackEntriesList.html(said, texts));
        }
        return Optional.of(html.append(part).append("</section>\n").toString());
    }

    private String own(PanelViewer viewer, String eventId, FeedbackService.Answered<ServiceViews.Eligibility> answered) {
        var texts = viewer.texts();
        if (answered.unavailable()) {
            return "<p id=\"feedback-unknown\">" + texts.text("fb.event.unavailable") + "</p>\n";
        }
        var eligibility = answered.value();
        if (eligibility.isEmpty()) {
            return "";
        }
        if (eligibility.get().eligible()) {
            var title = board.eventTitle(java.util.UUID.fromString(eventId)).orElse("");
            return FeedbackForm.blank(texts, viewer.csrfToken(), texts.text("fb.form.heading.event", title), eventId,
                null, null).render();
        }
        if ("already-given".equals(eligibility.get().reason()) && eligibility.get().feedbackId() != null) {
            return "<p id=\"feedback-given\"><a class=\"ds-link\" href=\"/tilbakemeldinger/"
                + Html.escape(eligibility.get().feedbackId()) + "\">" + texts.text("fb.event.given") + "</a></p>\n";
        }
        return "";
    }
}
