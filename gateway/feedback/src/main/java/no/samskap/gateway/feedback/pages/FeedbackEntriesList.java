package no.samskap.gateway.feedback.pages;

import no.samskap.gateway.feedback.readmodel.BoardEntry;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;

/** Feedback as a list on another page: the rating linking the feedback, its text and the public answer. */
final class FeedbackEntriesList {

    private FeedbackEntriesList() {
    }

    static String html(List<BoardEntry> entries, Texts texts) {
        var words = new FeedbackWords(texts);
        var html = new StringBuilder("<ul class=\"ds-list feedback-entries\">\n");
        for (var entry : entries) {
            var view = EntryView.of(entry, words);
            html.append("<li data-feedback-id=\"").append(view.id()).append("\"><a class=\"ds-link\" href=\"/tilbakemeldinger/")
                .append(view.id()).append("\">").append(words.rating(entry.rating())).append("</a>");
            if (view.text() != null) {
                html.append(" – ").append(Html.escape(view.text()));
            }
            if (view.publicAnswer() != null) {
                html.append("<br>").append(texts.text("fb.entry.answer")).append(": ")
                    .append(Html.escape(view.publicAnswer()));
            }
            html.append("</li>\n");
        }
        return html.append("</ul>\n").toString();
    }
}
