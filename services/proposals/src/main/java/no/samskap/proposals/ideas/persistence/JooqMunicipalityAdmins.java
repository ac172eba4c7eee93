package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalityAdmins;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@Singleton
class JooqMunicipalityAdmins implements MunicipalityAdmins {

    private final DSLContext sql;

    JooqMunicipalityAdmins(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void met(Municipality municipality, String personId, Instant at) {
        sql.execute("""
                insert into municipality_admin (municipality, person_id, seen_at) values (?, ?, ?::timestamptz)
                on conflict (municipality, person_id) do update set seen_at = excluded.seen_at""",
            municipality.number(), personId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    @Override
    public List<String> of(Municipality municipality) {
        return sql.fetch("select person_id from municipality_admin where municipality = ? order by person_id",
            municipality.number()).map(row -> row.get(0, String.class));
    }
}
