package no.samskap.gateway.feedback.staff;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.feedback.readmodel.BoardEntry;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The inbox's unanswered feedback ({@code staff/awaiting.jte}), each with the answer form (public or to the author
 * only) and the form that moves the committed date; a refusal of one of them is shown beside its field.
 */
public record AwaitingAnswers(TemplateTexts t, String csrf, List<Item> items) {

    /** One piece of feedback: its date to answer by in the page's words; text and wish are null when blank. */
    public record Item(String id, Content rating, String about, boolean late, String respondBy,
                       @Nullable String text, @Nullable String wishNext, Field answer, Field date) {
    }

    /** A field of an item's form, with what was typed and the refusal's message when it was refused. */
    public record Field(String id, String typed, @Nullable Content message) {

        public boolean refused() {
            return message != null;
        }

        /** {@code "true"} when refused; left out otherwise. */
        public @Nullable String invalid() {
            return refused() ? "true" : null;
        }

        public @Nullable String describedBy() {
            return refused() ? id + "-error" : null;
        }
    }

    static String render(List<BoardEntry> waiting, InboxView view) {
        var words = new FeedbackWords(view.texts());
        var refusal = view.refusal(AnswerRefusal.class);
        var items = waiting.stream().map(entry -> {
            var refused = refusal.filter(found -> found.concerns(entry.id()));
            return new Item(entry.id(), html(words.rating(entry.rating())), about(entry),
                entry.respondBy().isBefore(view.today()), words.date(entry.respondBy()),
                blankAsNull(entry.text()), blankAsNull(entry.wishNext()),
                field("answer-" + entry.id(), "", refused),
                field("respond-by-" + entry.id(), entry.respondBy().toString(), refused));
        }).toList();
        return FeedbackForm.TEMPLATES.render("staff/awaiting.jte",
            new AwaitingAnswers(new TemplateTexts(view.texts()), view.csrfToken(), items));
    }

    private static Field field(String id, String shown, Optional<AnswerRefusal> refused) {
        return refused.filter(found -> found.fieldId().equals(id))
            .map(found -> new Field(id, found.typed(), html(found.message())))
            .orElseGet(() -> new Field(id, shown, null));
    }

    private static String about(BoardEntry entry) {
        return entry.eventTitle() != null ? entry.eventTitle() : entry.unit() == null ? "" : entry.unit();
    }

    private static @Nullable String blankAsNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
