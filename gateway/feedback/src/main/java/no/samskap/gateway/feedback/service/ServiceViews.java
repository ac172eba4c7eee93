package no.samskap.gateway.feedback.service;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** What the feedback service answers, as far as the gateway's pages read it; unknown fields are ignored. */
public final class ServiceViews {

    private ServiceViews() {
    }

    /** {@code reason}: {@code not-completed}, {@code not-attended} or {@code already-given} (then {@code feedbackId}). */
    @Serdeable
    public record Eligibility(@Nullable String eventId, boolean eligible, @Nullable String reason,
                              @Nullable String feedbackId) {
    }

    /** One piece of feedback as the service shows it to the asker: a private answer only to its author and staff. */
    @Serdeable
    public record Feedback(String id, @Nullable String municipality, @Nullable String eventId,
                           @Nullable String eventTitle, @Nullable String unit, int rating, @Nullable String text,
                           @Nullable String wishNext, boolean anonymous, boolean ideaConsent,
                           @Nullable LocalDate respondBy, @Nullable Instant givenAt, @Nullable Instant editedAt,
                           @Nullable Instant editableUntil, @Nullable String status, @Nullable String hiddenReason,
                           @Nullable Answer answer, @Nullable String ideaId, boolean mine,
                           @Nullable Author author, @Nullable Integer reports) {

        public boolean hidden() {
            return "hidden".equals(status);
        }
    }

    @Serdeable
    public record Answer(@Nullable String text, boolean publicAnswer, @Nullable Instant answeredAt, boolean onTime) {
    }

    /** Shown to the municipality's staff only, and only when the author did not ask to be anonymous. */
    @Serdeable
    public record Author(@Nullable String id, @Nullable String name) {
    }

    /** The service's own words about a unit, for its list. */
    @Serdeable
    public record Unit(String code, @Nullable Names names) {
    }

    @Serdeable
    public record Names(@Nullable String nb, @Nullable String nn, @Nullable String en) {
    }

    @Serdeable
    public record Settings(String municipality, int reportThreshold) {
    }
}
