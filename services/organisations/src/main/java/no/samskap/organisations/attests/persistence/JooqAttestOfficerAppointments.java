package no.samskap.organisations.attests.persistence;

import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.attests.domain.AttestOfficerAppointments;
import no.samskap.organisations.attests.domain.AttestOfficers;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JooqAttestOfficerAppointments implements AttestOfficerAppointments {

    private final DSLContext sql;

    JooqAttestOfficerAppointments(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<AttestOfficers> of(AssociationId association) {
        return sql.fetchOptional("select * from attest_officers where association_id = ?", association.value())
            .map(row -> new AttestOfficers(new AssociationId(row.get("association_id", UUID.class)),
                row.get("responsible_id", String.class), row.get("deputy_id", String.class),
                row.get("appointed_by", String.class), row.get("appointed_at", OffsetDateTime.class).toInstant()));
    }

    @Override
    public void save(AttestOfficers officers) {
        sql.execute("""
                insert into attest_officers (association_id, responsible_id, deputy_id, appointed_by, appointed_at)
                values (?, ?, ?, ?, ?::timestamptz)
                on conflict (association_id) do update set responsible_id = excluded.responsible_id,
                    deputy_id = excluded.deputy_id, appointed_by = excluded.appointed_by,
                    appointed_at = excluded.appointed_at""",
            officers.associationId().value(), officers.responsibleId(), officers.deputyId(), officers.appointedBy(),
            OffsetDateTime.ofInstant(officers.appointedAt(), ZoneOffset.UTC));
    }
}
