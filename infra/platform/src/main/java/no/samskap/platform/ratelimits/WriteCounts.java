package no.samskap.platform.ratelimits;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.platform.jdbc.TransactionStatements;
import no.samskap.platform.security.WritingPerson;
import org.jooq.DSLContext;

import java.net.InetAddress;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Counts writes per key in fixed windows kept in PostgreSQL, so every instance over the same schema counts together.
 * One statement per write: it starts the key's row, adds to it, or moves it on to the current window. A window never
 * moves back, so an instance whose clock lags a little counts into the newer window instead of restarting it.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class WriteCounts {

    private static final String COUNT = """
        insert into rate_limit_window as w (limit_key, window_start, hits) values (?, cast(? as timestamptz), 1)
        on conflict (limit_key) do update set
            hits = case when excluded.window_start > w.window_start then 1 else w.hits + 1 end,
            window_start = greatest(w.window_start, excluded.window_start)
        returning hits, window_start""";

    private final DSLContext sql;
    private final TransactionOperations<Connection> transactions;
    private final TransactionStatements statements;
    private final Clock clock;

    WriteCounts(DSLContext sql, TransactionOperations<Connection> transactions, TransactionStatements statements,
                Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.statements = statements;
        this.clock = clock;
    }

    /** Counts one more write for {@code key} in a transaction of its own and says whether it is within {@code limit}. */
    Verdict count(String key, WriteLimit limit) {
        return transactions.executeWrite(status -> countInTheOpenTransaction(key, limit));
    }

    private Verdict countInTheOpenTransaction(String key, WriteLimit limit) {
        var now = clock.instant();
        var windowStart = windowStart(now, limit);
        // Every counted write makes this upsert: on the transaction's connection rather than through jOOQ (ADR 0071).
        return statements.first(COUNT, row -> new Verdict(limit, row.getInt("hits"), secondsLeft(now,
                row.getObject("window_start", OffsetDateTime.class).toInstant(), limit)), key,
            OffsetDateTime.ofInstant(windowStart, ZoneOffset.UTC)).orElseThrow();
    }

    /**
     * Counts a write by {@code person} in the open transaction that makes it, and refuses it with {@link OverTheLimit}
     * when it does not fit their limit, which rolls the count back with the write: only accepted writes count (ADR
     * 0066). The person's row stays locked until the transaction ends, so concurrent writes of one person are counted
     * one after the other and at most the limit of them commit. Call it last before the commit, to hold that lock
     * for as short a time as possible.
     */
    public void countAccepted(WritingPerson person, WriteLimits limits) {
        if (transactions.findTransactionStatus().isEmpty()) {
            throw new IllegalStateException("A write is counted in the transaction that makes it; none is open.");
        }
        var verdict = countInTheOpenTransaction(LimitKeys.person(person), limits.perPerson(person.municipality()));
        if (!verdict.allowed()) {
            throw new OverTheLimit(person, verdict);
        }
    }

    /** Counts one more write by {@code person} against their municipality's per-person limit. */
    public Verdict countFor(WritingPerson person, WriteLimits limits) {
        return count(LimitKeys.person(person), limits.perPerson(person.municipality()));
    }

    /** Counts one more write from {@code address} against the per-address limit of {@code municipality}. */
    public Verdict countFrom(InetAddress address, Optional<MunicipalityNumber> municipality, WriteLimits limits) {
        return count(LimitKeys.address(address), limits.perAddress(municipality));
    }

    /** Forgets the keys whose window ended before {@code before}. */
    public int forgetWindowsEndedBefore(Instant before) {
        return transactions.executeWrite(status -> sql.execute(
            "delete from rate_limit_window where window_start < cast(? as timestamptz)",
            OffsetDateTime.ofInstant(before, ZoneOffset.UTC)));
    }

    static Instant windowStart(Instant now, WriteLimit limit) {
        var seconds = limit.window().toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
    }

    static long secondsLeft(Instant now, Instant windowStart, WriteLimit limit) {
        var millisLeft = windowStart.plus(limit.window()).toEpochMilli() - now.toEpochMilli();
        return Math.max(1, (millisLeft + 999) / 1000);
    }
}
