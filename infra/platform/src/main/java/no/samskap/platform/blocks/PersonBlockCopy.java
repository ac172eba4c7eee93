package no.samskap.platform.blocks;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.PersonBlocked;
import no.samskap.contract.municipalities.PersonUnblocked;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Keeps who is blocked in which municipality, from {@code person-blocked} and {@code person-unblocked}. */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
@Requires(property = PersonBlockSettings.ENABLED, notEquals = "false")
class PersonBlockCopy implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    PersonBlockCopy(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(MunicipalityMessages.PERSON_BLOCK)
            .on(MunicipalityMessages.PERSON_BLOCKED, this::blocked)
            .on(MunicipalityMessages.PERSON_UNBLOCKED, this::unblocked)
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

    private void blocked(Envelope envelope, PersonBlocked blocked) {
        sql.execute("""
                insert into person_block_copy (municipality, person_id, blocked_at) values (?, ?, ?::timestamptz)
                on conflict (municipality, person_id) do nothing""",
            blocked.municipality(), blocked.personId(), OffsetDateTime.ofInstant(blocked.blockedAt(), ZoneOffset.UTC));
    }

    private void unblocked(Envelope envelope, PersonUnblocked unblocked) {
        sql.execute("delete from person_block_copy where municipality = ? and person_id = ?",
            unblocked.municipality(), unblocked.personId());
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from person_block_copy");
    }
}
