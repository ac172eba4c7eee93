package no.samskap.gateway.ideas.staff;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.CommentHidden;
import no.samskap.contract.proposals.CommentRestored;
import no.samskap.contract.proposals.HidingCause;
import no.samskap.contract.proposals.IdeaAppealDecided;
import no.samskap.contract.proposals.IdeaHidden;
import no.samskap.contract.proposals.IdeaRestored;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.ReportReceived;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import no.samskap.platform.consumption.WhenCommitted;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/**
 * Keeps the staff inbox in step with the proposals service's messages: ideas waiting for moderation, hidden ideas
 * and comments waiting for review, appeals of ideas and of comments waiting for a decision, and ideas under assessment with their response
 * date. It keeps who made each moderation decision, since another moderator must decide an appeal against it. Every
 * change is idempotent by id, so a redelivery or replay leaves the same inbox. Once committed, the municipality's
 * staff watching the inbox hear of the change.
 */
@Singleton
class StaffInboxProjection implements MessageHandler {

    private final DSLContext sql;
    private final WhenCommitted whenCommitted;
    private final InboxChanges changes;
    private final HandlersByType handlers;

    StaffInboxProjection(DSLContext sql, WhenCommitted whenCommitted, InboxChanges changes) {
        this.sql = sql;
        this.whenCommitted = whenCommitted;
        this.changes = changes;
        this.handlers = HandlersByType.of(ProposalsMessages.IDEA)
            .on(ProposalsMessages.IDEA_SUBMITTED, this::submitted)
            .on(ProposalsMessages.IDEA_EDITED,
                (envelope, edited) -> update(envelope, "title = ?, body = ?", edited.title(), edited.body()))
            .on(ProposalsMessages.IDEA_PUBLISHED, (envelope, published) -> update(envelope, "status = 'published'"))
            .on(ProposalsMessages.IDEA_REJECTED, (envelope, rejected) -> update(envelope,
                "status = 'rejected', rejected_by = ?, rejected_reason = ?", rejected.rejectedBy(), rejected.reason()))
            .on(ProposalsMessages.IDEA_ASSESSMENT_STARTED, (envelope, started) -> update(envelope,
                "status = 'under-assessment', respond_by = ?::date", started.respondBy().toString()))
            .on(ProposalsMessages.RESPONSE_DATE_CHANGED,
                (envelope, changed) -> update(envelope, "respond_by = ?::date", changed.respondBy().toString()))
            .on(ProposalsMessages.IDEA_ANSWERED,
                (envelope, answered) -> update(envelope, "status = ?", answered.outcome()))
            .on(ProposalsMessages.IDEA_WITHDRAWN, (envelope, withdrawn) ->
                update(envelope, "status = 'withdrawn', appealed_at = null, appealed_against = null"))
            .on(ProposalsMessages.IDEA_REALISED, (envelope, realised) -> update(envelope, "status = 'realised'"))
            .on(ProposalsMessages.IDEA_HIDDEN, this::ideaHidden)
            .on(ProposalsMessages.IDEA_RESTORED, this::ideaRestored)
            .on(ProposalsMessages.REPORT_RECEIVED, this::reportReceived)
            .on(ProposalsMessages.IDEA_APPEALED, (envelope, appealed) -> update(envelope,
                "appealed_at = ?::timestamptz, appealed_against = ?", utc(appealed.appealedAt()), appealed.against()))
            .on(ProposalsMessages.IDEA_APPEAL_DECIDED, this::appealDecided)
            .on(ProposalsMessages.COMMENT_ADDED, this::commentAdded)
            .on(ProposalsMessages.COMMENT_EDITED,
                (envelope, edited) -> updateComment(edited.commentId(), "body = ?", edited.body()))
            .on(ProposalsMessages.COMMENT_HIDDEN, this::commentHidden)
            .on(ProposalsMessages.COMMENT_RESTORED, this::commentRestored)
            .on(ProposalsMessages.COMMENT_APPEALED, (envelope, appealed) -> updateComment(appealed.commentId(),
                "appealed_at = ?::timestamptz", utc(appealed.appealedAt())))
            .on(ProposalsMessages.COMMENT_APPEAL_DECIDED, (envelope, decided) -> updateComment(decided.commentId(),
                "hiding_final = (hidden_at is not null and not ?), appealed_at = null", decided.upheld()))
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from staff_inbox_report");
        sql.execute("delete from staff_inbox_comment");
        sql.execute("delete from staff_inbox_idea");
    }

    /** Staff hear only of the messages the inbox follows. */
    @Override
    public void handle(Envelope envelope) {
        if (handlers.dispatch(envelope)) {
            announceAfterCommit(new InboxChange(envelope.municipality(), envelope.aggregateId(), envelope.type()));
        }
    }

    private void submitted(Envelope envelope, IdeaSubmitted submitted) {
        sql.execute("""
                insert into staff_inbox_idea (id, municipality, title, body, status, submitted_at, updated_at)
                values (?, ?, ?, ?, 'submitted', ?::timestamptz, ?::timestamptz)
                on conflict (id) do nothing""",
            idea(envelope), envelope.municipality(), submitted.title(), submitted.body(), utc(submitted.submittedAt()),
            utc(envelope.occurredAt()));
    }

    private void ideaHidden(Envelope envelope, IdeaHidden hidden) {
        update(envelope, "hidden_at = ?::timestamptz, hidden_reason = ?, hidden_by = ?, hiding_final = false",
            utc(hidden.hiddenAt()), hidden.reason(), hidden.hiddenBy());
    }

    /** When upheld, the restoring or publishing that follows does the rest; when not, the hiding stands for good. */
    private void appealDecided(Envelope envelope, IdeaAppealDecided decided) {
        update(envelope, "hiding_final = (hidden_at is not null and not ?), appealed_at = null, appealed_against = null",
            decided.upheld());
    }

    /** A moderator's restoring reviews the open reports, as the service closes them; lifting a block does not. */
    private void ideaRestored(Envelope envelope, IdeaRestored restored) {
        update(envelope, "hidden_at = null, hidden_reason = null, hidden_by = null, hiding_final = false");
        if (!HidingCause.isAuthorBlocked(restored.cause())) {
            sql.execute("delete from staff_inbox_report where idea_id = ? and comment_id is null", idea(envelope));
        }
    }

    private void commentRestored(Envelope envelope, CommentRestored restored) {
        var comment = UUID.fromString(restored.commentId());
        updateComment(restored.commentId(), "hidden_at = null, hidden_reason = null, hidden_by = null, hiding_final = false");
        if (!HidingCause.isAuthorBlocked(restored.cause())) {
            sql.execute("delete from staff_inbox_report where comment_id = ?", comment);
        }
    }

    private void reportReceived(Envelope envelope, ReportReceived report) {
        sql.execute("""
                insert into staff_inbox_report (message_id, municipality, idea_id, comment_id, reason, reported_at)
                values (?, ?, ?, ?, ?, ?::timestamptz)
                on conflict (message_id) do nothing""",
            envelope.id(), envelope.municipality(), idea(envelope),
            report.commentId() == null ? null : UUID.fromString(report.commentId()), report.reason(),
            utc(report.reportedAt()));
    }

    private void commentAdded(Envelope envelope, CommentAdded added) {
        sql.execute("""
                insert into staff_inbox_comment (id, idea_id, municipality, body) values (?, ?, ?, ?)
                on conflict (id) do nothing""",
            UUID.fromString(added.commentId()), idea(envelope), envelope.municipality(), added.body());
    }

    private void commentHidden(Envelope envelope, CommentHidden hidden) {
        updateComment(hidden.commentId(), "hidden_at = ?::timestamptz, hidden_reason = ?, hidden_by = ?, hiding_final = false",
            utc(hidden.hiddenAt()), hidden.reason(), hidden.hiddenBy());
    }

    private void updateComment(String commentId, String assignments, Object... values) {
        var bindings = Arrays.copyOf(values, values.length + 1);
        bindings[values.length] = UUID.fromString(commentId);
        sql.execute("update staff_inbox_comment set " + assignments + " where id = ?", bindings);
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
