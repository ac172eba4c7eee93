package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Block;
import no.samskap.proposals.ideas.domain.Blocks;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.platform.jdbc.TransactionStatements;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * A block and the writes that asked whether their person is blocked are ordered by a transaction-scoped advisory lock
 * on the person in the municipality: shared by the writes, exclusive for the block.
 */
@Singleton
class JooqBlocks implements Blocks {

    private static final String LOCK_KEY = "hashtextextended(? || '/' || ?, 23)";

    private final DSLContext sql;
    private final TransactionStatements statements;

    JooqBlocks(DSLContext sql, TransactionStatements statements) {
        this.sql = sql;
        this.statements = statements;
    }

    @Override
    public void put(Block block) {
        sql.fetch("select pg_advisory_xact_lock(" + LOCK_KEY + ")", block.municipality().number(), block.subject());
        sql.execute("""
                insert into person_block (municipality, subject, reason, blocked_by, blocked_at)
                values (?, ?, ?, ?, ?::timestamptz)
                on conflict (municipality, subject) do update set reason = excluded.reason,
                    blocked_by = excluded.blocked_by, blocked_at = excluded.blocked_at""",
            block.municipality().number(), block.subject(), block.reason(), block.blockedBy().id(),
            OffsetDateTime.ofInstant(block.blockedAt(), ZoneOffset.UTC));
    }

    @Override
    public void lift(Municipality municipality, String subject) {
        sql.execute("delete from person_block where municipality = ? and subject = ?", municipality.number(), subject);
    }

    @Override
    public boolean isBlocked(Municipality municipality, String subject) {
        // Every submission asks this first: on the transaction's connection rather than through jOOQ (ADR 0071).
        return statements.first("select exists (select 1 from person_block where municipality = ? and subject = ?)",
            row -> row.getBoolean(1), municipality.number(), subject).orElse(false);
    }

    @Override
    public boolean isBlockedUntilCommit(Municipality municipality, String subject) {
        statements.first("select pg_advisory_xact_lock_shared(" + LOCK_KEY + ")", row -> true, municipality.number(),
            subject);
        return isBlocked(municipality, subject);
    }

    @Override
    public Set<String> blockedIn(Municipality municipality) {
        return new HashSet<>(sql.fetch("select subject from person_block where municipality = ?", municipality.number())
            .getValues(0, String.class));
    }
}
