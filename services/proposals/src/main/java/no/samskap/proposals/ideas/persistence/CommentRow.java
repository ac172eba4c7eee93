package no.samskap.proposals.ideas.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** The comment's own columns; {@code open_reports} is left out on purpose, so saving a comment never overwrites it. */
@MappedEntity("idea_comment")
record CommentRow(@Id UUID id, UUID ideaId, String municipality, @Nullable UUID parentId, String authorId,
                  boolean official, String body, Instant writtenAt, @Nullable Instant editedAt,
                  @Nullable String hiddenReason, @Nullable String hiddenBy, @Nullable Instant hiddenAt,
                  @Nullable @Version Long version) {
}
