package no.samskap.gateway.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.PetitionHandled;
import no.samskap.contract.proposals.PetitionSent;
import no.samskap.contract.proposals.PetitionStarted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.util.UUID;

import static no.samskap.gateway.ideas.messaging.IdeaBoardProjection.utc;

/**
 * Keeps each idea's innbyggerforslag as the public sees it: the count against the threshold, its sending and the
 * council's decision. The messages carry no signer, so neither does this. The board's projection announces the change
 * to live pages, as it does for every message about a public idea.
 */
@Singleton
class PetitionProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    PetitionProjection(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(ProposalsMessages.IDEA)
            .on(ProposalsMessages.PETITION_STARTED, this::started)
            .on(ProposalsMessages.PETITION_SIGNATURE_COUNT_CHANGED, (envelope, changed) -> update(envelope,
                "signature_count = ?", changed.signatureCount()))
            .on(ProposalsMessages.PETITION_SENT, this::sent)
            .on(ProposalsMessages.PETITION_HANDLED, this::handled)
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

    @Override
    public void forgetEverything() {
        sql.execute("delete from idea_petition");
    }

    private void started(Envelope envelope, PetitionStarted started) {
        sql.execute("""
                insert into idea_petition (idea_id, municipality, threshold, started_at, updated_at)
                values (?, ?, ?, ?::timestamptz, ?::timestamptz) on conflict (idea_id) do nothing""",
            UUID.fromString(envelope.aggregateId()), envelope.municipality(), started.threshold(),
            utc(started.startedAt()), utc(envelope.occurredAt()));
    }

    private void sent(Envelope envelope, PetitionSent sent) {
        update(envelope, "status = 'sent', signature_count = ?, sent_at = ?::timestamptz, council_deadline = ?",
            sent.signatureCount(), utc(sent.sentAt()), sent.councilDeadline());
    }

    private void handled(Envelope envelope, PetitionHandled handled) {
        update(envelope, "status = ?, outcome = ?, meeting_date = ?, decision = ?, case_url = ?,"
                + " handled_at = ?::timestamptz", handled.outcome(), handled.outcome(), handled.meetingDate(),
            handled.text(), handled.caseUrl(), utc(handled.handledAt()));
    }

    private void update(Envelope envelope, String assignments, Object... values) {
        var bindings = new Object[values.length + 2];
        System.arraycopy(values, 0, bindings, 0, values.length);
        bindings[values.length] = utc(envelope.occurredAt());
        bindings[values.length + 1] = UUID.fromString(envelope.aggregateId());
        sql.execute("update idea_petition set " + assignments + ", updated_at = ?::timestamptz where idea_id = ?",
            bindings);
    }

}
