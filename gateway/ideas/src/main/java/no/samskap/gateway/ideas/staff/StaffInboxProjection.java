package no.samskap.gateway.ideas.staff;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.consumption.MessageHandler;
import no.samskap.platform.consumption.WhenCommitted;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps the staff inbox in step with the proposals service's messages: ideas waiting for moderation, hidden ideas
 * and comments waiting for review, appeals waiting for a decision, and ideas under assessment with their response
 * date. It keeps who made each moderation decision, since another moderator must decide an appeal against it. Every
 * change is idempotent by id, so a redelivery or replay leaves the same inbox. Once committed, the municipality's
 * staff watching the inbox hear of the change.
 */
@Singleton
class StaffInboxProjection implements MessageHandler {

    private final DSLContext sql;
    private final WhenCommitted whenCommitted;
    private final InboxChanges changes;

    StaffInboxProjection(DSLContext sql, WhenCommitted whenCommitted, InboxChanges changes) {
        this.sql = sql;
        this.whenCommitted = whenCommitted;
        this.changes = changes;
    }

    @Override
    public AggregateType source() {
        return ProposalsMessages.IDEA;
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from staff_inbox_comment");
        sql.execute("delete from staff_inbox_idea");
    }

    @Override
    public void handle(Envelope envelope) {
        if (apply(envelope)) {
            announceAfterCommit(new InboxChange(envelope.municipality(), envelope.aggregateId(), envelope.type()));
        }
    }

    /** Whether the message is one the inbox follows. */
    private boolean apply(Envelope envelope) {
        if (envelope.is(ProposalsMessages.IDEA_SUBMITTED)) {
            var submitted = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_SUBMITTED);
            sql.execute("""
                    insert into staff_inbox_idea (id, municipality, title, body, status, submitted_at, updated_at)
                    values (?, ?, ?, ?, 'submitted', ?::timestamptz, ?::timestamptz)
                    on conflict (id) do nothing""",
                idea(envelope), envelope.municipality(), submitted.title(), submitted.body(), utc(submitted.submittedAt()),
                utc(envelope.occurredAt()));
        } else if (envelope.is(ProposalsMessages.IDEA_EDITED)) {
            var edited = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_EDITED);
            update(envelope, "title = ?, body = ?", edited.title(), edited.body());
        } else if (envelope.is(ProposalsMessages.IDEA_PUBLISHED)) {
            update(envelope, "status = 'published'");
        } else if (envelope.is(ProposalsMessages.IDEA_REJECTED)) {
            var rejected = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_REJECTED);
            update(envelope, "status = 'rejected', rejected_by = ?, rejected_reason = ?", rejected.rejectedBy(),
                rejected.reason());
        } else if (envelope.is(ProposalsMessages.IDEA_ASSESSMENT_STARTED)) {
            var started = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_ASSESSMENT_STARTED);
            update(envelope, "status = 'under-assessment', respond_by = ?::date", started.respondBy().toString());
        } else if (envelope.is(ProposalsMessages.RESPONSE_DATE_CHANGED)) {
            var changed = EnvelopeCodec.payload(envelope, ProposalsMessages.RESPONSE_DATE_CHANGED);
            update(envelope, "respond_by = ?::date", changed.respondBy().toString());
        } else if (envelope.is(ProposalsMessages.IDEA_ANSWERED)) {
            update(envelope, "status = ?", EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_ANSWERED).outcome());
        } else if (envelope.is(ProposalsMessages.IDEA_WITHDRAWN)) {
            update(envelope, "status = 'withdrawn', appealed_at = null, appealed_against = null");
        } else if (envelope.is(ProposalsMessages.IDEA_REALISED)) {
            update(envelope, "status = 'realised'");
        } else if (envelope.is(ProposalsMessages.IDEA_HIDDEN)) {
            var hidden = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_HIDDEN);
            update(envelope, "hidden_at = ?::timestamptz, hidden_reason = ?, hidden_by = ?, hiding_final = false",
                utc(hidden.hiddenAt()), hidden.reason(), hidden.hiddenBy());
        } else if (envelope.is(ProposalsMessages.IDEA_RESTORED)) {
            update(envelope, "hidden_at = null, hidden_reason = null, hidden_by = null, hiding_final = false");
        } else if (envelope.is(ProposalsMessages.IDEA_APPEALED)) {
            var appealed = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_APPEALED);
            update(envelope, "appealed_at = ?::timestamptz, appealed_against = ?", utc(appealed.appealedAt()),
                appealed.against());
        } else if (envelope.is(ProposalsMessages.IDEA_APPEAL_DECIDED)) {
            // When upheld, the restoring or publishing that follows does the rest; when not, the hiding stands for good.
            var decided = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_APPEAL_DECIDED);
            update(envelope, "hiding_final = (hidden_at is not null and not ?), appealed_at = null, appealed_against = null",
                decided.upheld());
        } else if (envelope.is(ProposalsMessages.COMMENT_ADDED)) {
            var added = EnvelopeCodec.payload(envelope, ProposalsMessages.COMMENT_ADDED);
            sql.execute("""
                    insert into staff_inbox_comment (id, idea_id, municipality, body) values (?, ?, ?, ?)
                    on conflict (id) do nothing""",
                UUID.fromString(added.commentId()), idea(envelope), envelope.municipality(), added.body());
        } else if (envelope.is(ProposalsMessages.COMMENT_EDITED)) {
            var edited = EnvelopeCodec.payload(envelope, ProposalsMessages.COMMENT_EDITED);
            sql.execute("update staff_inbox_comment set body = ? where id = ?", edited.body(),
                UUID.fromString(edited.commentId()));
        } else if (envelope.is(ProposalsMessages.COMMENT_HIDDEN)) {
            var hidden = EnvelopeCodec.payload(envelope, ProposalsMessages.COMMENT_HIDDEN);
            sql.execute("update staff_inbox_comment set hidden_at = ?::timestamptz, hidden_reason = ?, hidden_by = ? where id = ?",
                utc(hidden.hiddenAt()), hidden.reason(), hidden.hiddenBy(), UUID.fromString(hidden.commentId()));
        } else if (envelope.is(ProposalsMessages.COMMENT_RESTORED)) {
            var restored = EnvelopeCodec.payload(envelope, ProposalsMessages.COMMENT_RESTORED);
            sql.execute("update staff_inbox_comment set hidden_at = null, hidden_reason = null, hidden_by = null where id = ?",
                UUID.fromString(restored.commentId()));
        } else {
            return false;
        }
        return true;
    }

    private void update(Envelope envelope, String assignments, Object... values) {
        var bindings = new Object[values.length + 2];
        System.arraycopy(values, 0, bindings, 0, values.length);
        bindings[values.length] = utc(envelope.occurredAt());
        bindings[values.length + 1] = idea(envelope);
        sql.execute("update staff_inbox_idea set " + assignments + ", updated_at = ?::timestamptz where id = ?", bindings);
    }

    private void announceAfterCommit(InboxChange change) {
        whenCommitted.run(() -> changes.announce(change));
    }

    private static UUID idea(Envelope envelope) {
        return UUID.fromString(envelope.aggregateId());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
