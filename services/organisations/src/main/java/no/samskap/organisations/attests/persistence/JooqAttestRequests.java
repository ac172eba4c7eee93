package no.samskap.organisations.attests.persistence;

import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.attests.domain.AttestRequest;
import no.samskap.organisations.attests.domain.AttestRequests;
import no.samskap.organisations.attests.domain.AttestRole;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JooqAttestRequests implements AttestRequests {

    private final DSLContext sql;

    JooqAttestRequests(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void add(AttestRequest request) {
        sql.execute("""
                insert into attest_request (id, association_id, volunteer_id, role_code, role_name, requested_by,
                                            requested_at, sighted_at)
                values (?, ?, ?, ?, ?, ?, ?::timestamptz, null)""",
            request.id(), request.associationId().value(), request.volunteerId(), request.role().code(),
            request.role().name(), request.requestedBy(), utc(request.requestedAt()));
    }

    @Override
    public List<AttestRequest> of(AssociationId association) {
        return sql.fetch("select * from attest_request where association_id = ? order by requested_at desc",
            association.value()).map(JooqAttestRequests::toRequest);
    }

    @Override
    public List<AttestRequest> ofVolunteer(String volunteerId) {
        return sql.fetch("select * from attest_request where volunteer_id = ? order by requested_at desc",
            volunteerId).map(JooqAttestRequests::toRequest);
    }

    @Override
    public void markSighted(AssociationId association, String volunteerId, String roleCode, Instant at) {
        sql.execute("""
                update attest_request set sighted_at = ?::timestamptz
                where association_id = ? and volunteer_id = ? and role_code = ? and sighted_at is null""",
            utc(at), association.value(), volunteerId, roleCode);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AttestRequest toRequest(Record row) {
        return new AttestRequest(row.get("id", UUID.class), new AssociationId(row.get("association_id", UUID.class)),
            row.get("volunteer_id", String.class),
            new AttestRole(row.get("role_code", String.class), row.get("role_name", String.class)),
            row.get("requested_by", String.class), row.get("requested_at", OffsetDateTime.class).toInstant(),
            Optional.ofNullable(row.get("sighted_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                .orElse(null));
    }
}
