package no.samskap.gateway.feedback.staff;

import no.samskap.gateway.shell.staff.InboxRefusal;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Texts;

/** The service refused an answer or a new response date: shown beside that piece's form, with what was typed. */
record AnswerRefusal(String feedbackId, String fieldId, String message, String typed) implements InboxRefusal {

    @Override
    public String summary(Texts texts) {
        return "<ul class=\"ds-list\"><li><a class=\"ds-link\" href=\"#" + Html.escape(fieldId) + "\">" + message
            + "</a></li></ul>";
    }

    boolean concerns(String id) {
        return feedbackId.equals(id);
    }
}
