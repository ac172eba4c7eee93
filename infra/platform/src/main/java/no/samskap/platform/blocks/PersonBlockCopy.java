package no.samskap.platform.blocks;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.municipalities.MunicipalityMessages;
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

    PersonBlockCopy(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public AggregateType source() {
        return MunicipalityMessages.PERSON_BLOCK;
    }

    @Override
    public void handle(Envelope envelope) {
        if (envelope.is(MunicipalityMessages.PERSON_BLOCKED)) {
            var blocked = EnvelopeCodec.payload(envelope, MunicipalityMessages.PERSON_BLOCKED);
            sql.execute("""
                    insert into person_block_copy (municipality, person_id, blocked_at) values (?, ?, ?::timestamptz)
                    on conflict (municipality, person_id) do nothing""",
                blocked.municipality(), blocked.personId(), OffsetDateTime.ofInstant(blocked.blockedAt(), ZoneOffset.UTC));
        } else if (envelope.is(MunicipalityMessages.PERSON_UNBLOCKED)) {
            var unblocked = EnvelopeCodec.payload(envelope, MunicipalityMessages.PERSON_UNBLOCKED);
            sql.execute("delete from person_block_copy where municipality = ? and person_id = ?",
                unblocked.municipality(), unblocked.personId());
        }
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from person_block_copy");
    }
}
