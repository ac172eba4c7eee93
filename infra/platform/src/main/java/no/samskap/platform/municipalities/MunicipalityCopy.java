package no.samskap.platform.municipalities;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Keeps the latest {@code municipality-described} of each municipality in this service's schema. Each message is the
 * whole description, so the newest replaces what was there; an older one arriving late changes nothing. On in every
 * deployable unless {@code samskap.municipalities.copy.enabled} is false.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
@Requires(property = "samskap.municipalities.copy.enabled", notEquals = "false")
class MunicipalityCopy implements MessageHandler {

    private final DSLContext sql;
    private final TransactionOperations<Connection> transactions;
    private final KnownMunicipalities known;
    private final HandlersByType handlers;

    MunicipalityCopy(DSLContext sql, TransactionOperations<Connection> transactions, KnownMunicipalities known) {
        this.sql = sql;
        this.transactions = transactions;
        this.known = known;
        this.handlers = HandlersByType.of(MunicipalityMessages.MUNICIPALITY)
            .on(MunicipalityMessages.MUNICIPALITY_DESCRIBED, this::described)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void described(Envelope envelope, MunicipalityDescribed described) {
        sql.execute("""
                insert into municipality_copy (municipality, envelope, described_at) values (?, ?, ?::timestamptz)
                on conflict (municipality) do update set envelope = excluded.envelope, described_at = excluded.described_at
                where municipality_copy.described_at <= excluded.described_at""",
            described.municipality(), EnvelopeCodec.toJson(envelope),
            OffsetDateTime.ofInstant(described.describedAt(), ZoneOffset.UTC));
        knownCopyChanged();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from municipality_copy");
        knownCopyChanged();
    }

    /**
     * Forgotten now, and again once the change is committed: a question asked in between reads the copy as it was
     * and would otherwise keep it until it is read again anyway.
     */
    private void knownCopyChanged() {
        known.forget();
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
            new TransactionSynchronization() {
                @Override
                public void afterCompletion(Status completion) {
                    known.forget();
                }
            }));
    }
}
