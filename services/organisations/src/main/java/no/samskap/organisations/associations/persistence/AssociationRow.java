package no.samskap.organisations.associations.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("association")
record AssociationRow(@Id UUID id, String municipality, String organisationNumber, String name, String type,
                      String description, @Nullable String contactEmail, @Nullable String contactPhone,
                      @Nullable String website, @Nullable UUID parentId, String registerStatus,
                      @Nullable String registeredName, @Nullable String organisationForm,
                      @Nullable String registerAddress, boolean inFrivillighetsregisteret,
                      @Nullable LocalDate deletedOn, @Nullable Instant checkedAt, @Nullable String verifiedBy,
                      @Nullable Instant verifiedAt, String registeredBy, Instant registeredAt,
                      @Nullable @Version Long version) {
}
