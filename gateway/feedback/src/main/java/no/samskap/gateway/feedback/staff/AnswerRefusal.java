package no.samskap.gateway.feedback.staff;

import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.shell.staff.InboxRefusal;
import no.samskap.gateway.shell.web.Texts;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The service refused an answer or a new response date: shown beside that piece's form, with what was typed.
 * {@code message} is safe HTML in the page's words.
 */
record AnswerRefusal(String feedbackId, String fieldId, String message, String typed) implements InboxRefusal {

    @Override
    public String summary(Texts texts) {
        return FeedbackForm.TEMPLATES.render("staff/refusal.jte", new AnswerRefusalSummary(fieldId, html(message)));
    }

    boolean concerns(String id) {
        return feedbackId.equals(id);
    }
}
