package no.samskap.gateway.ideas.readmodel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An idea as the public board shows it: no personal data about its author, supporters or staff.
 * {@code thresholdReachedAt}: when its supports first reached the municipality's threshold, null until then.
 */
@Serdeable
public record IdeaSummary(String id, String municipality, String title, String body, String serviceArea, String status,
                          Instant submittedAt, Instant publishedAt, LocalDate respondBy, String answer,
                          int supportCount, int commentCount, @Nullable Instant thresholdReachedAt) {
}
