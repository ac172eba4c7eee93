package no.samskap.organisations.associations.persistence;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.application.RegisterCheckSchedule;
import no.samskap.organisations.associations.application.RegisterRetries;
import no.samskap.organisations.associations.domain.AssociationId;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Each call is its own short transaction: the lookups it schedules run outside any. */
@Singleton
@Transactional
class JooqRegisterCheckSchedule implements RegisterCheckSchedule {

    private final DSLContext sql;

    JooqRegisterCheckSchedule(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public List<AssociationId> due(Instant now, int limit) {
        return sql.fetch("""
                select id from association where register_status = 'unchecked'
                    and (next_register_check_at is null or next_register_check_at <= ?::timestamptz)
                order by registered_at limit ?""", utc(now), limit)
            .map(row -> new AssociationId(row.get(0, UUID.class)));
    }

    @Override
    public int failed(AssociationId association, Instant at, RegisterRetries retries) {
        var failures = sql.fetchOne("""
                update association set register_check_failures = register_check_failures + 1
                where id = ? returning register_check_failures""", association.value());
        var count = failures == null ? 1 : failures.get(0, Integer.class);
        sql.execute("update association set next_register_check_at = ?::timestamptz where id = ?",
            utc(retries.nextAttemptAfter(count, at)), association.value());
        return count;
    }

    @Override
    public void succeeded(AssociationId association) {
        sql.execute("""
                update association set register_check_failures = 0, next_register_check_at = null
                where id = ?""", association.value());
    }

    @Override
    public Set<OrganisationNumber> knownAmong(Set<OrganisationNumber> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        var values = numbers.stream().map(OrganisationNumber::value).toArray(String[]::new);
        return new HashSet<>(sql.fetch("select distinct organisation_number from association "
                + "where organisation_number = any (?)", (Object) values)
            .map(row -> new OrganisationNumber(row.get(0, String.class))));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
