package no.samskap.gateway.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.ideas.readmodel.SimilarIdeaCandidates;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps the idea board in step with the proposals service's messages: each idea's status, answer, response date,
 * support count and place, and its public timeline, where a moved response date shows both dates and the staff's
 * reason. No personal data is kept: not who wrote an idea, who supported it or which staff member acted; a timeline
 * step names only the role that took it ({@link TimelineActor}). Timeline steps keep the order they arrived in,
 * which is the order of the idea's partition, so steps written in the same microsecond stay in order.
 */
@Singleton
class IdeaBoardProjection implements MessageHandler {

    private final DSLContext sql;
    private final AfterCommit afterCommit;
    private final SimilarIdeaCandidates similarIdeaCandidates;

    IdeaBoardProjection(DSLContext sql, AfterCommit afterCommit, SimilarIdeaCandidates similarIdeaCandidates) {
        this.sql = sql;
        this.afterCommit = afterCommit;
        this.similarIdeaCandidates = similarIdeaCandidates;
    }

    @Override
    public AggregateType source() {
        return ProposalsMessages.IDEA;
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from idea_board_step");
        sql.execute("delete from idea_hint_candidate");
        sql.execute("delete from idea_board");
    }

    @Override
    public void handle(Envelope envelope) {
        apply(envelope);
        if (changesWhatHintsShow(envelope)) {
            similarIdeaCandidates.refresh(UUID.fromString(envelope.aggregateId()));
        }
        afterCommit.announceIfPublic(envelope);
    }

    /** Whether the message makes an idea public or not, or changes its title: what similar-idea hints are drawn on. */
    private static boolean changesWhatHintsShow(Envelope envelope) {
        return envelope.is(ProposalsMessages.IDEA_PUBLISHED) || envelope.is(ProposalsMessages.IDEA_EDITED)
            || envelope.is(ProposalsMessages.IDEA_HIDDEN) || envelope.is(ProposalsMessages.IDEA_RESTORED);
    }

    private void apply(Envelope envelope) {
        var idea = UUID.fromString(envelope.aggregateId());
        if (envelope.is(ProposalsMessages.IDEA_SUBMITTED)) {
            var submitted = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_SUBMITTED);
            sql.execute("""
                    insert into idea_board (id, municipality, title, body, service_area, status, submitted_at, updated_at)
                    values (?, ?, ?, ?, ?, 'submitted', ?::timestamptz, ?::timestamptz)
                    on conflict (id) do nothing""",
                idea, envelope.municipality(), submitted.title(), submitted.body(), submitted.serviceArea(),
                utc(submitted.submittedAt()), utc(envelope.occurredAt()));
            classify(envelope, submitted.targetGroups(), submitted.strategicValues(), submitted.costModel());
            update(envelope, "place = ?", submitted.place());
            step(envelope, "submitted", TimelineActor.AUTHOR, "");
        } else if (envelope.is(ProposalsMessages.IDEA_PUBLISHED)) {
            var published = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_PUBLISHED);
            update(envelope, "status = 'published', published_at = ?::timestamptz", utc(envelope.occurredAt()));
            step(envelope, "published", ProposalsMessages.PLATFORM_ACTOR.equals(published.publishedBy())
                ? TimelineActor.PLATFORM : TimelineActor.MODERATOR, "");
        } else if (envelope.is(ProposalsMessages.IDEA_REJECTED)) {
            update(envelope, "status = 'rejected'");
            step(envelope, "rejected", TimelineActor.MODERATOR, "");
        } else if (envelope.is(ProposalsMessages.IDEA_ASSESSMENT_STARTED)) {
            var started = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_ASSESSMENT_STARTED);
            update(envelope, "status = 'under-assessment', respond_by = ?::date", started.respondBy().toString());
            step(envelope, "under-assessment", TimelineActor.MUNICIPALITY, started.respondBy().toString());
        } else if (envelope.is(ProposalsMessages.RESPONSE_DATE_CHANGED)) {
            var changed = EnvelopeCodec.payload(envelope, ProposalsMessages.RESPONSE_DATE_CHANGED);
            update(envelope, "respond_by = ?::date", changed.respondBy().toString());
            step(envelope, "under-assessment", TimelineActor.MUNICIPALITY, changed.reason(),
                changed.previousRespondBy(), changed.respondBy());
        } else if (envelope.is(ProposalsMessages.IDEA_ANSWERED)) {
            var answered = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_ANSWERED);
            update(envelope, "status = ?, answer = ?", answered.outcome(), answered.answer());
            step(envelope, answered.outcome(), TimelineActor.MUNICIPALITY, answered.answer());
        } else if (envelope.is(ProposalsMessages.IDEA_WITHDRAWN)) {
            update(envelope, "status = 'withdrawn'");
            step(envelope, "withdrawn", TimelineActor.AUTHOR, "");
        } else if (envelope.is(ProposalsMessages.IDEA_REALISED)) {
            update(envelope, "status = 'realised'");
            step(envelope, "realised", TimelineActor.MUNICIPALITY, "");
        } else if (envelope.is(ProposalsMessages.SUPPORT_GIVEN)) {
            update(envelope, "support_count = ?", EnvelopeCodec.payload(envelope, ProposalsMessages.SUPPORT_GIVEN).supportCount());
        } else if (envelope.is(ProposalsMessages.IDEA_EDITED)) {
            var edited = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_EDITED);
            update(envelope, "title = ?, body = ?, service_area = ?, place = ?", edited.title(), edited.body(),
                edited.serviceArea(), edited.place());
            classify(envelope, edited.targetGroups(), edited.strategicValues(), edited.costModel());
        } else if (envelope.is(ProposalsMessages.IDEA_HIDDEN)) {
            update(envelope, "hidden_at = ?::timestamptz, published_before_hiding = published_at, published_at = null",
                utc(envelope.occurredAt()));
        } else if (envelope.is(ProposalsMessages.IDEA_RESTORED)) {
            update(envelope, "published_at = coalesce(published_before_hiding, published_at), published_before_hiding = null,"
                + " hidden_at = null");
        } else if (envelope.is(ProposalsMessages.COMMENT_ADDED) || envelope.is(ProposalsMessages.COMMENT_RESTORED)) {
            update(envelope, "comment_count = comment_count + 1");
        } else if (envelope.is(ProposalsMessages.COMMENT_HIDDEN)) {
            update(envelope, "comment_count = greatest(comment_count - 1, 0)");
        } else if (envelope.is(ProposalsMessages.SUPPORT_WITHDRAWN)) {
            update(envelope, "support_count = ?",
                EnvelopeCodec.payload(envelope, ProposalsMessages.SUPPORT_WITHDRAWN).supportCount());
        }
    }

    private void update(Envelope envelope, String assignments, Object... values) {
        var bindings = new Object[values.length + 2];
        System.arraycopy(values, 0, bindings, 0, values.length);
        bindings[values.length] = utc(envelope.occurredAt());
        bindings[values.length + 1] = UUID.fromString(envelope.aggregateId());
        sql.execute("update idea_board set " + assignments + ", updated_at = ?::timestamptz where id = ?", bindings);
    }

    /** Older messages carry no classifications; the columns' defaults (all, none, free) then stand. */
    private void classify(Envelope envelope, java.util.List<String> targetGroups, java.util.List<String> strategicValues,
                          String costModel) {
        if (targetGroups != null && !targetGroups.isEmpty()) {
            update(envelope, "target_groups = cast(? as text[])", (Object) targetGroups.toArray(String[]::new));
        }
        if (strategicValues != null) {
            update(envelope, "strategic_values = cast(? as text[])", (Object) strategicValues.toArray(String[]::new));
        }
        if (costModel != null) {
            update(envelope, "cost_model = ?", costModel);
        }
    }

    private void step(Envelope envelope, String status, String actor, String note) {
        step(envelope, status, actor, note, null, null);
    }

    /** Only a moved response date names the dates before and after. */
    private void step(Envelope envelope, String status, String actor, String note, LocalDate previousRespondBy,
                      LocalDate respondBy) {
        sql.execute("""
                insert into idea_board_step (message_id, idea_id, status, actor, note, occurred_at, previous_respond_by,
                                             respond_by)
                values (?, ?, ?, ?, ?, ?::timestamptz, ?::date, ?::date) on conflict (message_id) do nothing""",
            envelope.id(), UUID.fromString(envelope.aggregateId()), status, actor, note, utc(envelope.occurredAt()),
            dateOrNull(previousRespondBy), dateOrNull(respondBy));
    }

    private static String dateOrNull(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
