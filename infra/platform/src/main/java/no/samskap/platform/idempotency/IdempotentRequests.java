package no.samskap.platform.idempotency;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Remembers, in the same transaction as the write, which resource a keyed request made. The key's row is inserted
 * first: a second request with the same key waits on it until the first commits, then finds what it made, so
 * parallel retries on any instance make one resource; if the first rolls back, the second goes ahead as new.
 * Keys are forgotten after {@link #KEPT}.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class IdempotentRequests {

    public static final Duration KEPT = Duration.ofHours(24);

    private final DSLContext sql;
    private final Clock clock;

    IdempotentRequests(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * The resource an earlier request with this key made, or empty when this request is the first: then the caller
     * makes it and calls {@link #remember}. A key sent before with another request is refused with 422.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<String> earlierResult(IdempotencyKey key) {
        var now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        sql.execute("delete from idempotency_key where person_id = ? and created_at < cast(? as timestamptz)", key.personId(),
            now.minus(KEPT));
        var inserted = sql.execute("""
            insert into idempotency_key (person_id, operation, idempotency_key, fingerprint, created_at)
            values (?, ?, ?, ?, cast(? as timestamptz)) on conflict do nothing""",
            key.personId(), key.operation(), key.key(), key.fingerprint(), now);
        if (inserted == 1) {
            return Optional.empty();
        }
        var earlier = sql.fetchOne("""
            select fingerprint, resource from idempotency_key
            where person_id = ? and operation = ? and idempotency_key = ?""",
            key.personId(), key.operation(), key.key());
        if (earlier == null) {
            throw ProblemException.conflict("idempotency-key-busy",
                "A request with this Idempotency-Key was being handled just now; send it again.");
        }
        if (!key.fingerprint().equals(earlier.get("fingerprint", String.class))) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency key reused", "This Idempotency-Key was sent before with another request; use a new key"
                + " for a new request.", List.of());
        }
        return Optional.ofNullable(earlier.get("resource", String.class));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void remember(IdempotencyKey key, String resource) {
        sql.execute("update idempotency_key set resource = ? where person_id = ? and operation = ?"
            + " and idempotency_key = ?", resource, key.personId(), key.operation(), key.key());
    }
}
