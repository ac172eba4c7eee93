package no.samskap.proposals.ideas.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The idea's own columns; strategic values and target groups are codes joined by commas, which no code contains.
 * {@code support_count} and {@code open_reports} are left out on purpose, so saving an idea
 * never overwrites them.
 */
@MappedEntity("idea")
record IdeaRow(@Id UUID id, String municipality, String authorId, String title, String body, String serviceArea,
               String strategicValues, String targetGroups, String costModel, @Nullable String place, String status,
               @Nullable String hiddenReason, @Nullable String hiddenBy, @Nullable Instant hiddenAt,
               Instant submittedAt, @Nullable Instant publishedAt, @Nullable LocalDate respondBy,
               @Nullable String answer, @Nullable @Version Long version) {
}
