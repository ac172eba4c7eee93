package no.samskap.gateway.feedback.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.feedback.readmodel.BoardEntry;
import no.samskap.gateway.feedback.web.FeedbackWords;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/** One piece of feedback in a list, in the page's words: never who gave it. */
public record EntryView(String id, Content rating, @Nullable String about, Content given, @Nullable String text,
                        @Nullable String wishNext, @Nullable String publicAnswer, @Nullable Content answered,
                        @Nullable Content status) {

    static EntryView of(BoardEntry entry, FeedbackWords words) {
        var texts = words.texts();
        var status = entry.publiclyAnswered() ? null : entry.answered() ? texts.text("fb.entry.privatelyAnswered")
            : texts.text("fb.entry.awaiting", words.date(entry.respondBy()));
        return new EntryView(entry.id(), html(words.rating(entry.rating())), entry.eventTitle(),
            html(words.date(entry.givenAt())), blankToNull(entry.text()), blankToNull(entry.wishNext()),
            entry.publiclyAnswered() ? entry.answerText() : null,
            entry.publiclyAnswered() ? html(texts.text("fb.entry.answeredOn", words.date(entry.answeredAt()))) : null,
            status == null ? null : html(status));
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
