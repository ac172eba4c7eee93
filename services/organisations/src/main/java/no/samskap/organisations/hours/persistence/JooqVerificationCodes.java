package no.samskap.organisations.hours.persistence;

import jakarta.inject.Singleton;
import no.samskap.organisations.hours.domain.VerificationCode;
import no.samskap.organisations.hours.domain.VerificationCodes;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

@Singleton
class JooqVerificationCodes implements VerificationCodes {

    private final DSLContext sql;

    JooqVerificationCodes(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void issue(VerificationCode code) {
        revoke(code.volunteerId(), code.issuedAt());
        sql.execute("""
                insert into volunteer_record_code (code, volunteer_id, display_name, issued_at)
                values (?, ?, ?, ?::timestamptz)""",
            code.code(), code.volunteerId(), code.displayName(), at(code.issuedAt()));
    }

    @Override
    public boolean revoke(String volunteerId, Instant when) {
        return sql.execute("""
                update volunteer_record_code set revoked_at = ?::timestamptz
                where volunteer_id = ? and revoked_at is null""", at(when), volunteerId) > 0;
    }

    @Override
    public Optional<VerificationCode> liveOf(String volunteerId) {
        return sql.fetchOptional("select * from volunteer_record_code where volunteer_id = ? and revoked_at is null",
            volunteerId).map(JooqVerificationCodes::toCode);
    }

    @Override
    public Optional<VerificationCode> live(String code) {
        return sql.fetchOptional("select * from volunteer_record_code where code = ? and revoked_at is null", code)
            .map(JooqVerificationCodes::toCode);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static VerificationCode toCode(Record row) {
        return new VerificationCode(row.get("code", String.class), row.get("volunteer_id", String.class),
            row.get("display_name", String.class), row.get("issued_at", OffsetDateTime.class).toInstant());
    }
}
