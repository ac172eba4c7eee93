package no.samskap.gateway.ideas.readmodel;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment as a visitor sees it: a hidden one keeps only its place ({@code id}, {@code parentId}, {@code writtenAt})
 * and has neither {@code body} nor {@code official}; {@code byFormerParticipant} says its author erased their account.
 */
public record PublicComment(UUID id, @Nullable UUID parentId, @Nullable Boolean official, @Nullable String body,
                            Instant writtenAt, @Nullable Instant editedAt, boolean hidden, boolean byFormerParticipant) {
}
