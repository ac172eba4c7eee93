package no.samskap.organisations.attests.persistence;

import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.attests.domain.AttestRole;
import no.samskap.organisations.attests.domain.Sighting;
import no.samskap.organisations.attests.domain.Sightings;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@Singleton
class JooqSightings implements Sightings {

    private final DSLContext sql;

    JooqSightings(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void save(Sighting sighting) {
        sql.execute("""
                insert into attest_sighting (association_id, volunteer_id, role_code, role_name, seen_by, seen_on,
                                             valid_until, guardian_consent, recorded_at, expiring_sent_on,
                                             expired_sent_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, null, null)
                on conflict (association_id, volunteer_id, role_code) do update set role_name = excluded.role_name,
                    seen_by = excluded.seen_by, seen_on = excluded.seen_on, valid_until = excluded.valid_until,
                    guardian_consent = excluded.guardian_consent, recorded_at = excluded.recorded_at,
                    expiring_sent_on = null, expired_sent_on = null""",
            sighting.associationId().value(), sighting.volunteerId(), sighting.role().code(), sighting.role().name(),
            sighting.seenBy(), sighting.seenOn(), sighting.validUntil(), sighting.guardianConsent(),
            OffsetDateTime.ofInstant(sighting.recordedAt(), ZoneOffset.UTC));
    }

    @Override
    public List<Sighting> of(AssociationId association) {
        return sql.fetch("select * from attest_sighting where association_id = ? order by valid_until, volunteer_id",
            association.value()).map(JooqSightings::toSighting);
    }

    @Override
    public List<Sighting> dueOn(LocalDate day, int limit) {
        // Skips rows another run holds, so two instances never send the same reminder.
        return sql.fetch("""
                select * from attest_sighting
                where expired_sent_on is null
                  and (valid_until <= ?::date or (expiring_sent_on is null and valid_until <= ?::date + ?))
                order by valid_until
                limit ?
                for update skip locked""", day, day, Sighting.EXPIRING_NOTICE_DAYS, limit)
            .map(JooqSightings::toSighting);
    }

    @Override
    public void markReminded(Sighting sighting) {
        sql.execute("""
                update attest_sighting set expiring_sent_on = ?, expired_sent_on = ?
                where association_id = ? and volunteer_id = ? and role_code = ?""",
            sighting.expiringSentOn(), sighting.expiredSentOn(), sighting.associationId().value(),
            sighting.volunteerId(), sighting.role().code());
    }

    private static Sighting toSighting(Record row) {
        return new Sighting(new AssociationId(row.get("association_id", UUID.class)),
            row.get("volunteer_id", String.class),
            new AttestRole(row.get("role_code", String.class), row.get("role_name", String.class)),
            row.get("seen_by", String.class), row.get("seen_on", LocalDate.class),
            row.get("valid_until", LocalDate.class), row.get("guardian_consent", Boolean.class),
            row.get("recorded_at", OffsetDateTime.class).toInstant(), row.get("expiring_sent_on", LocalDate.class),
            row.get("expired_sent_on", LocalDate.class));
    }
}
