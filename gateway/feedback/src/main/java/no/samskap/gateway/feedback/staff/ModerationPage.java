package no.samskap.gateway.feedback.staff;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.feedback.readmodel.BoardEntry;
import no.samskap.gateway.feedback.service.ServiceViews;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The moderation queue ({@code staff/moderation.jte}): reported or hidden feedback as the service lists it, each with
 * a form to hide or restore it with a reason. When the service does not answer ({@code unavailable}), the hidden
 * pieces the read model knows are listed instead. An admin also gets the way to the settings.
 */
public record ModerationPage(TemplateTexts t, String csrf, List<Row> rows, boolean unavailable,
                             @Nullable Content done, @Nullable Content refusal, boolean admin) {

    /** One row of the queue, from the service or from the read model; {@code reports} only the service knows. */
    public record Row(String id, Content rating, @Nullable String text, boolean hidden, @Nullable String hiddenReason,
                      @Nullable Integer reports) {

        /** The address's last step: hidden feedback is restored, shown feedback hidden. */
        public String step() {
            return hidden ? "gjenoppretting" : "skjuling";
        }
    }

    static ModerationPage of(Texts texts, String csrf, Optional<List<ServiceViews.Feedback>> queue,
                             List<BoardEntry> hidden, Optional<String> done, Optional<String> refusal, boolean admin) {
        var words = new FeedbackWords(texts);
        var rows = queue.map(found -> found.stream().map(item -> new Row(item.id(), html(words.rating(item.rating())),
                item.text(), item.hidden(), item.hiddenReason(), item.reports())).toList())
            .orElseGet(() -> hidden.stream().map(entry -> new Row(entry.id(), html(words.rating(entry.rating())),
                entry.text(), true, entry.hiddenReason(), null)).toList());
        return new ModerationPage(new TemplateTexts(texts), csrf, rows, queue.isEmpty(),
            done.map(TemplateTexts::html).orElse(null), refusal.map(TemplateTexts::html).orElse(null), admin);
    }

    String render() {
        return FeedbackForm.TEMPLATES.render("staff/moderation.jte", this);
    }
}
