package no.samskap.proposals.ideas.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The idea's own columns; {@code support_count} is left out on purpose, so saving an idea never overwrites it. */
@MappedEntity("idea")
record IdeaRow(@Id UUID id, String municipality, String authorId, String title, String body, String serviceArea,
               String status, Instant submittedAt, @Nullable Instant publishedAt, @Nullable LocalDate respondBy,
               @Nullable String answer, @Nullable @Version Long version) {
}
