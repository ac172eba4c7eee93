package no.samskap.gateway.organisations.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An association as the public directory shows it: what it says of itself, what Enhetsregisteret said of its
 * organisation number ({@code registerStatus} {@code unchecked} until the service has looked it up), whether the
 * municipality verified it, its parent's name when it is a local branch, and the kinds of help it has offered that
 * the municipality accepted ({@code offers}, codes such as {@code venue}).
 */
@Serdeable
public record DirectoryEntry(UUID id, String municipality, String organisationNumber, String name, String type,
                             String description, @Nullable UUID parentAssociationId, @Nullable String parentName,
                             String registerStatus, @Nullable String registeredName, @Nullable String organisationForm,
                             boolean inFrivillighetsregisteret, @Nullable LocalDate deletedOn,
                             @Nullable Instant checkedAt, boolean verified, @Nullable Instant verifiedAt,
                             Instant registeredAt, Instant updatedAt, List<String> offers) {
}
