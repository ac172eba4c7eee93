package no.samskap.gateway.feedback.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The bodies the pages send to the feedback service. */
final class Writing {

    private Writing() {
    }

    @Serdeable
    record Giving(@Nullable String eventId, @Nullable String municipality, @Nullable String unit, int rating,
                  @Nullable String text, @Nullable String wishNext, boolean anonymous, boolean ideaConsent) {
    }

    /** A change to one's own feedback; what it is about and its anonymity stay as given. */
    @Serdeable
    record Editing(int rating, @Nullable String text, @Nullable String wishNext, boolean ideaConsent) {
    }

    @Serdeable
    record Reporting(String reason) {
    }

    @Serdeable
    record Appealing(String text) {
    }

    @Serdeable
    record TurningIntoIdea(String title, String body, @Nullable String serviceArea) {
    }

    @Serdeable
    record Given(String id) {
    }
}
