package no.samskap.gateway.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Keeps the idea board in step with the proposals service's messages. */
@Singleton
class IdeaBoardProjection implements MessageHandler {

    private final DSLContext sql;

    IdeaBoardProjection(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public AggregateType source() {
        return ProposalsMessages.IDEA;
    }

    @Override
    public void handle(Envelope envelope) {
        if (envelope.is(ProposalsMessages.IDEA_SUBMITTED)) {
            var idea = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_SUBMITTED);
            var submittedAt = OffsetDateTime.ofInstant(idea.submittedAt(), ZoneOffset.UTC);
            sql.execute("""
                    insert into idea_board (id, municipality, title, body, service_area, status, submitted_at, updated_at)
                    values (?, ?, ?, ?, ?, 'submitted', ?::timestamptz, ?::timestamptz)
                    on conflict (id) do nothing""",
                UUID.fromString(idea.ideaId()), envelope.municipality(), idea.title(), idea.body(), idea.serviceArea(),
                submittedAt, OffsetDateTime.ofInstant(envelope.occurredAt(), ZoneOffset.UTC));
        }
    }
}
