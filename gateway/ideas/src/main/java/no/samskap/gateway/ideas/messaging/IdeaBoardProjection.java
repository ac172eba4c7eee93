package no.samskap.gateway.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.HidingCause;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaAssessmentStarted;
import no.samskap.contract.proposals.IdeaEdited;
import no.samskap.contract.proposals.IdeaHidden;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaRestored;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.ResponseDateChanged;
import no.samskap.gateway.ideas.readmodel.SimilarIdeaCandidates;
import no.samskap.platform.consumption.BeforeCommit;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TreeSet;
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
    private final BeforeCommit beforeCommit;
    private final HandlersByType handlers;

    IdeaBoardProjection(DSLContext sql, AfterCommit afterCommit, SimilarIdeaCandidates similarIdeaCandidates,
                        BeforeCommit beforeCommit) {
        this.sql = sql;
        this.afterCommit = afterCommit;
        this.similarIdeaCandidates = similarIdeaCandidates;
        this.beforeCommit = beforeCommit;
        this.handlers = HandlersByType.of(ProposalsMessages.IDEA)
            .on(ProposalsMessages.IDEA_SUBMITTED, this::submitted)
            .on(ProposalsMessages.IDEA_PUBLISHED, this::published)
            .on(ProposalsMessages.IDEA_REJECTED, (envelope, rejected) -> {
                update(envelope, "status = 'rejected'");
                step(envelope, "rejected", TimelineActor.MODERATOR, "");
            })
            .on(ProposalsMessages.IDEA_ASSESSMENT_STARTED, this::assessmentStarted)
            .on(ProposalsMessages.RESPONSE_DATE_CHANGED, this::responseDateChanged)
            .on(ProposalsMessages.IDEA_ANSWERED, this::answered)
            .on(ProposalsMessages.IDEA_WITHDRAWN, (envelope, withdrawn) -> {
                update(envelope, "status = 'withdrawn'");
                step(envelope, "withdrawn", TimelineActor.AUTHOR, "");
            })
            .on(ProposalsMessages.IDEA_REALISED, (envelope, realised) -> {
                update(envelope, "status = 'realised'");
                step(envelope, "realised", TimelineActor.MUNICIPALITY, "");
            })
            .on(ProposalsMessages.SUPPORT_GIVEN,
                (envelope, given) -> update(envelope, "support_count = ?", given.supportCount()))
            .on(ProposalsMessages.SUPPORT_THRESHOLD_REACHED, (envelope, reached) -> update(envelope,
                "threshold_reached_at = coalesce(threshold_reached_at, ?::timestamptz)", utc(reached.reachedAt())))
            .on(ProposalsMessages.IDEA_EDITED, this::edited)
            .on(ProposalsMessages.IDEA_HIDDEN, this::hidden)
            .on(ProposalsMessages.IDEA_RESTORED, this::restored)
            .on(ProposalsMessages.COMMENT_ADDED, (envelope, added) -> commentShown(envelope))
            .on(ProposalsMessages.COMMENT_RESTORED, (envelope, restored) -> commentShown(envelope))
            .on(ProposalsMessages.COMMENT_HIDDEN,
                (envelope, hidden) -> update(envelope, "comment_count = greatest(comment_count - 1, 0)"))
            .on(ProposalsMessages.SUPPORT_WITHDRAWN,
                (envelope, withdrawn) -> update(envelope, "support_count = ?", withdrawn.supportCount()))
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from idea_board_step");
        sql.execute("delete from idea_hint_candidate");
        sql.execute("delete from idea_board");
    }

    /** Any message about an idea may change its public page, also one the board keeps nothing of. */
    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
        afterCommit.announceIfPublic(envelope);
    }

    private void submitted(Envelope envelope, IdeaSubmitted submitted) {
        sql.execute("""
                insert into idea_board (id, municipality, title, body, service_area, status, submitted_at, updated_at)
                values (?, ?, ?, ?, ?, 'submitted', ?::timestamptz, ?::timestamptz)
                on conflict (id) do nothing""",
            UUID.fromString(envelope.aggregateId()), envelope.municipality(), submitted.title(), submitted.body(),
            submitted.serviceArea(), utc(submitted.submittedAt()), utc(envelope.occurredAt()));
        classify(envelope, submitted.targetGroups(), submitted.strategicValues(), submitted.costModel());
        update(envelope, "place = ?", submitted.place());
        step(envelope, "submitted", TimelineActor.AUTHOR, "");
    }

    private void published(Envelope envelope, IdeaPublished published) {
        update(envelope, "status = 'published', published_at = ?::timestamptz", utc(envelope.occurredAt()));
        step(envelope, "published", ProposalsMessages.PLATFORM_ACTOR.equals(published.publishedBy())
            ? TimelineActor.PLATFORM : TimelineActor.MODERATOR, "");
        refreshHints(envelope);
    }

    private void assessmentStarted(Envelope envelope, IdeaAssessmentStarted started) {
        update(envelope, "status = 'under-assessment', respond_by = ?::date", started.respondBy().toString());
        step(envelope, "under-assessment", TimelineActor.MUNICIPALITY, started.respondBy().toString());
    }

    private void responseDateChanged(Envelope envelope, ResponseDateChanged changed) {
        update(envelope, "respond_by = ?::date", changed.respondBy().toString());
        step(envelope, "under-assessment", TimelineActor.MUNICIPALITY, changed.reason(),
            changed.previousRespondBy(), changed.respondBy());
    }

    private void answered(Envelope envelope, IdeaAnswered answered) {
        update(envelope, "status = ?, answer = ?", answered.outcome(), answered.answer());
        step(envelope, answered.outcome(), TimelineActor.MUNICIPALITY, answered.answer());
    }

    private void edited(Envelope envelope, IdeaEdited edited) {
        update(envelope, "title = ?, body = ?, service_area = ?, place = ?", edited.title(), edited.body(),
            edited.serviceArea(), edited.place());
        classify(envelope, edited.targetGroups(), edited.strategicValues(), edited.costModel());
        refreshHints(envelope);
    }

    /**
     * A moderation hiding is a step on the public timeline, by a role and with the page's own public reason; the
     * moderator's words are for the author. A block of the author is no step (ADR 0015).
     */
    private void hidden(Envelope envelope, IdeaHidden hidden) {
        update(envelope, "hidden_at = ?::timestamptz, published_before_hiding = published_at, published_at = null",
            utc(envelope.occurredAt()));
        if (!HidingCause.isAuthorBlocked(hidden.cause())) {
            step(envelope, "hidden", ProposalsMessages.PLATFORM_ACTOR.equals(hidden.hiddenBy())
                ? TimelineActor.REPORTS : TimelineActor.MODERATOR, "");
        }
        refreshHints(envelope);
    }

    private void restored(Envelope envelope, IdeaRestored restored) {
        update(envelope, "published_at = coalesce(published_before_hiding, published_at), published_before_hiding = null,"
            + " hidden_at = null");
        if (!HidingCause.isAuthorBlocked(restored.cause())) {
            step(envelope, "restored", TimelineActor.MODERATOR, "");
        }
        refreshHints(envelope);
    }

    private void commentShown(Envelope envelope) {
        update(envelope, "comment_count = comment_count + 1");
    }

    /**
     * Publishing, hiding, restoring and editing change what hints are drawn on: whether an idea is public, its title.
     * The windows are refreshed once, before the transaction commits, for every idea it changed: a window is shared
     * by a municipality's ideas, and its lock held through a whole batch would make batches wait for each other.
     */
    private void refreshHints(Envelope envelope) {
        beforeCommit.gather(similarIdeaCandidates, TreeSet<UUID>::new,
            ideas -> ideas.add(UUID.fromString(envelope.aggregateId())), similarIdeaCandidates::refresh);
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

    /** As the read models store message times: in UTC. */
    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
