package no.samskap.feedback.feedback.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days from feedback to the date the municipality commits to answer by, and for the author to change it. */
@ConfigurationProperties("samskap.feedback")
public record FeedbackSettings(@Bindable(defaultValue = "14") int respondWithinDays,
                               @Bindable(defaultValue = "14") int editableForDays) {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public Duration editableFor() {
        return Duration.ofDays(editableForDays);
    }

    /** The Norwegian date {@code respondWithinDays} after {@code givenAt}. */
    public LocalDate respondBy(Instant givenAt) {
        return givenAt.atZone(OSLO).toLocalDate().plusDays(respondWithinDays);
    }
}
