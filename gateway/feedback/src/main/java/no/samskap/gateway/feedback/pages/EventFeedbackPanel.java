package no.samskap.gateway.feedback.pages;

import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.service.FeedbackService;
import no.samskap.gateway.feedback.service.ServiceViews;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.feedback.web.Forms;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.TemplateTexts;

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
        var words = new FeedbackWords(texts);
        var said = board.aboutEvent(event.get(), SHOWN).stream().map(entry -> EntryView.of(entry, words)).toList();
        var own = viewer.authentication().flatMap(signedIn -> ServerRequestContext.currentRequest())
            .flatMap(accessTokens::toRelay).map(token -> service.eligibility(token, event.get().toString()));
        var unavailable = own.filter(FeedbackService.Answered::unavailable).isPresent();
        var eligibility = own.filter(answered -> !answered.unavailable()).flatMap(FeedbackService.Answered::value);
        var form = eligibility.filter(ServiceViews.Eligibility::eligible)
            .map(eligible -> FeedbackForm.blank(texts, viewer.csrfToken(), texts.text("fb.form.heading.event",
                board.eventTitle(event.get()).orElse("")), event.get().toString(), null, null))
            .orElse(null);
        var given = eligibility.filter(answer -> !answer.eligible() && "already-given".equals(answer.reason()))
            .map(ServiceViews.Eligibility::feedbackId).orElse(null);
        var panel = new EventFeedback(new TemplateTexts(texts), said, unavailable, form, given);
        return panel.showsAnything() ? Optional.of(FeedbackForm.TEMPLATES.render("eventFeedback.jte", panel))
            : Optional.empty();
    }
}
