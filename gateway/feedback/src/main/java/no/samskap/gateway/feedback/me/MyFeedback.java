package no.samskap.gateway.feedback.me;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.feedback.service.ServiceViews;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.util.List;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Mine tilbakemeldinger" ({@code me/feedback.jte}): each piece with what it is about, its rating, the way to change
 * it while it may be changed, whether a moderator hid it, and the answer or the date one is due. {@code unavailable}
 * when the feedback service did not answer.
 */
public record MyFeedback(TemplateTexts t, boolean unavailable, List<Piece> feedback) {

    /**
     * {@code about} the event's title or the unit's code; {@code answer} the answer's text with {@code answerLabel}
     * saying whether it is public or to the person alone; {@code awaiting} the date an answer is due, when none came.
     */
    public record Piece(String id, String about, Content rating, boolean editable, boolean hidden,
                        @Nullable Content answerLabel, @Nullable String answer, @Nullable Content awaiting) {
    }

    static String unavailable(Texts texts) {
        return FeedbackForm.TEMPLATES.render("me/feedback.jte", new MyFeedback(new TemplateTexts(texts), true,
            List.of()));
    }

    static String render(Texts texts, List<ServiceViews.Feedback> mine, Instant now) {
        var words = new FeedbackWords(texts);
        return FeedbackForm.TEMPLATES.render("me/feedback.jte", new MyFeedback(new TemplateTexts(texts), false,
            mine.stream().map(feedback -> piece(texts, words, feedback, now)).toList()));
    }

    private static Piece piece(Texts texts, FeedbackWords words, ServiceViews.Feedback feedback, Instant now) {
        var about = feedback.eventTitle() != null ? feedback.eventTitle()
            : feedback.unit() != null ? feedback.unit() : "";
        var answer = feedback.answer() != null && feedback.answer().text() != null ? feedback.answer() : null;
        return new Piece(feedback.id(), about, html(words.rating(feedback.rating())),
            feedback.editableUntil() != null && feedback.editableUntil().isAfter(now), feedback.hidden(),
            answer == null ? null : html(texts.text(answer.publicAnswer() ? "fb.me.publicAnswer"
                : "fb.me.privateAnswer")),
            answer == null ? null : answer.text(),
            answer == null && feedback.respondBy() != null
                ? html(texts.text("fb.entry.awaiting", words.date(feedback.respondBy()))) : null);
    }
}
