package no.samskap.organisations.associations.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** The bodies of the association routes; the domain checks what the fields mean. */
final class AssociationRequests {

    private AssociationRequests() {
    }

    @Serdeable
    record Register(@NotBlank String organisationNumber, @NotBlank String name, @NotBlank String type,
                    @Nullable String description, @Nullable String contactEmail, @Nullable String contactPhone,
                    @Nullable String website, @Nullable String parentAssociationId) {
    }

    @Serdeable
    record Describe(@Nullable String name, @Nullable String type, @Nullable String description,
                    @Nullable String contactEmail, @Nullable String contactPhone, @Nullable String website,
                    @Nullable String parentAssociationId) {
    }
}
