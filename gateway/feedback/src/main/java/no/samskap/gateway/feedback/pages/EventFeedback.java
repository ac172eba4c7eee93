package no.samskap.gateway.feedback.pages;

import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * The event page's panel ({@code eventFeedback.jte}): what attendees said, then the viewer's own part: that the
 * service could not say whether they may give feedback ({@code unavailable}), the form when they may, or the link to
 * the feedback they gave ({@code givenId}).
 */
public record EventFeedback(TemplateTexts t, List<EntryView> said, boolean unavailable, @Nullable FeedbackForm form,
                            @Nullable String givenId) {

    boolean showsAnything() {
        return !said.isEmpty() || unavailable || form != null || givenId != null;
    }
}
