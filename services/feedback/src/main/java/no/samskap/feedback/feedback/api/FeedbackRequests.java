package no.samskap.feedback.feedback.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.feedback.feedback.application.EditFeedback;
import no.samskap.feedback.feedback.application.GiveFeedback;

/** The bodies of the feedback routes; the domain checks what the fields mean and names the one at fault. */
final class FeedbackRequests {

    private FeedbackRequests() {
    }

    @Serdeable
    record Give(@Nullable String eventId, @Nullable String municipality, @Nullable String unit,
                @Nullable Integer rating, @Nullable String text, @Nullable String wishNext,
                @Nullable Boolean anonymous, @Nullable Boolean ideaConsent) {

        GiveFeedback command() {
            return new GiveFeedback(eventId, municipality, unit, rating, text, wishNext, anonymous, ideaConsent);
        }
    }

    @Serdeable
    record Edit(@Nullable Integer rating, @Nullable String text, @Nullable String wishNext,
                @Nullable Boolean ideaConsent) {

        EditFeedback command() {
            return new EditFeedback(rating, text, wishNext, ideaConsent);
        }
    }
}
