package no.samskap.organisations.associations.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An association as the API shows it; the register's facts are public data from Enhetsregisteret. */
@Serdeable
public record AssociationView(String id, String municipality, String organisationNumber, String name, String type,
                              String description, @Nullable String contactEmail, @Nullable String contactPhone,
                              @Nullable String website, @Nullable String parentAssociationId, String registerStatus,
                              @Nullable String registeredName, @Nullable String organisationForm,
                              @Nullable String registerAddress, boolean inFrivillighetsregisteret,
                              @Nullable LocalDate deletedOn, @Nullable Instant checkedAt, boolean verified,
                              @Nullable Instant verifiedAt, Instant registeredAt, long version) {

    static AssociationView of(Association association) {
        var facts = association.registerFacts();
        return new AssociationView(association.id().toString(), association.municipality().value(),
            association.organisationNumber().value(), association.name(), association.type(),
            association.description(), association.contact().email(), association.contact().phone(),
            association.contact().website(),
            Optional.ofNullable(association.parentId()).map(AssociationId::toString).orElse(null),
            facts.status().code(), facts.registeredName(), facts.organisationForm(), facts.address(),
            facts.inFrivillighetsregisteret(), facts.deletedOn(), facts.checkedAt(), association.isVerified(),
            association.isVerified() ? association.verification().verifiedAt() : null, association.registeredAt(),
            association.version());
    }
}
