package no.samskap.organisations.associations.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Associations;
import no.samskap.organisations.associations.domain.Contact;
import no.samskap.organisations.associations.domain.RegisterFacts;
import no.samskap.organisations.associations.domain.RegisterStatus;

import java.util.List;
import java.util.Optional;

@Singleton
class JdbcAssociations implements Associations {

    private final AssociationRows rows;

    JdbcAssociations(AssociationRows rows) {
        this.rows = rows;
    }

    @Override
    public Association add(Association association) {
        return toAssociation(rows.save(toRow(association)));
    }

    @Override
    public Association update(Association association) {
        return toAssociation(rows.update(toRow(association)));
    }

    @Override
    public Optional<Association> find(AssociationId id) {
        return rows.findById(id.value()).map(JdbcAssociations::toAssociation);
    }

    @Override
    public Optional<Association> find(MunicipalityNumber municipality, OrganisationNumber number) {
        return rows.findByMunicipalityAndOrganisationNumber(municipality.value(), number.value())
            .map(JdbcAssociations::toAssociation);
    }

    @Override
    public List<Association> withNumber(OrganisationNumber number) {
        return rows.findByOrganisationNumber(number.value()).stream().map(JdbcAssociations::toAssociation).toList();
    }

    @Override
    public List<Association> unchecked(int limit) {
        return rows.findUnchecked(limit).stream().map(JdbcAssociations::toAssociation).toList();
    }

    private static AssociationRow toRow(Association association) {
        var facts = association.registerFacts();
        var verification = Optional.ofNullable(association.verification());
        return new AssociationRow(association.id().value(), association.municipality().value(),
            association.organisationNumber().value(), association.name(), association.type(),
            association.description(), association.contact().email(), association.contact().phone(),
            association.contact().website(),
            Optional.ofNullable(association.parentId()).map(AssociationId::value).orElse(null),
            facts.status().code(), facts.registeredName(), facts.organisationForm(), facts.address(),
            facts.inFrivillighetsregisteret(), facts.deletedOn(), facts.checkedAt(),
            verification.map(Association.Verification::verifiedBy).orElse(null),
            verification.map(Association.Verification::verifiedAt).orElse(null), association.registeredBy(),
            association.registeredAt(), association.version());
    }

    private static Association toAssociation(AssociationRow row) {
        var facts = new RegisterFacts(RegisterStatus.fromCode(row.registerStatus()).orElseThrow(),
            row.registeredName(), row.organisationForm(), row.registerAddress(), row.inFrivillighetsregisteret(),
            row.deletedOn(), row.checkedAt());
        var verification = row.verifiedAt() == null ? null
            : new Association.Verification(row.verifiedBy(), row.verifiedAt());
        return new Association(new AssociationId(row.id()), new MunicipalityNumber(row.municipality()),
            new OrganisationNumber(row.organisationNumber()), row.name(), row.type(), row.description(),
            new Contact(row.contactEmail(), row.contactPhone(), row.website()),
            row.parentId() == null ? null : new AssociationId(row.parentId()), facts, verification,
            row.registeredBy(), row.registeredAt(), row.version());
    }
}
