package no.samskap.gateway.feedback.pages;

import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.feedback.readmodel.BoardEntry;
import no.samskap.gateway.feedback.service.ServiceViews;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;

/**
 * What the municipality's staff see below a piece of feedback ({@code staff/tools.jte}): the idea made of it, or the
 * form that makes one when the author consented (only the service knows that), and the way to the inbox where they
 * answer. {@code suggestion} fills the idea's text: the author's wish, else what they wrote.
 */
public record StaffTools(TemplateTexts t, String csrf, String feedbackId, @Nullable String ideaId, boolean consented,
                         String serviceArea, String suggestion) {

    static StaffTools of(Texts texts, String csrf, BoardEntry entry, String serviceArea,
                         Optional<ServiceViews.Feedback> live) {
        var idea = Optional.ofNullable(entry.ideaId()).or(() -> live.map(ServiceViews.Feedback::ideaId));
        var suggestion = Optional.ofNullable(entry.wishNext()).filter(text -> !text.isBlank())
            .orElse(Optional.ofNullable(entry.text()).orElse(""));
        return new StaffTools(new TemplateTexts(texts), csrf, entry.id(), idea.orElse(null),
            live.map(ServiceViews.Feedback::ideaConsent).orElse(false), serviceArea, suggestion);
    }
}
