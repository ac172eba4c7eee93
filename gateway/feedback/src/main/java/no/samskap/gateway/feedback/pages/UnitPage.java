package no.samskap.gateway.feedback.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * A unit's public page: its figures, what people say and what the municipality answered, what came of it, and the
 * feedback form, or for a visitor ({@code form} null) the way to sign in to give feedback.
 */
public record UnitPage(TemplateTexts t, String name, Content count, @Nullable Content average,
                       @Nullable Content answeredOnTime, List<EntryView> entries, List<IdeaView> ideas,
                       @Nullable Content confirmation, @Nullable FeedbackForm form) {

    /** An idea made of feedback, and the events that realise it. */
    public record IdeaView(String ideaId, String title, List<EventLink> events) {
    }

    public record EventLink(String id, String title, Content when) {
    }
}
