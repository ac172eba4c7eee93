package no.samskap.organisations.associations.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssociationRows extends CrudRepository<AssociationRow, UUID> {

    Optional<AssociationRow> findByMunicipalityAndOrganisationNumber(String municipality, String organisationNumber);

    List<AssociationRow> findByOrganisationNumber(String organisationNumber);

    @Query("select * from association where register_status = 'unchecked' order by registered_at limit :limit")
    List<AssociationRow> findUnchecked(int limit);
}
