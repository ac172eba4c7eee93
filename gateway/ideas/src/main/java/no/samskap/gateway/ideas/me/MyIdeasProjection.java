package no.samskap.gateway.ideas.me;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.IdeaFollowed;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps, per person, the ideas they wrote, supported and follow, from the idea topic beside the idea board. This is
 * personal data (who wrote, supported and follows what, and the reason a moderator gave the author), read only by
 * the person it is about. Each message is applied at most once by the platform, and every statement here is safe to
 * repeat as well.
 */
@Singleton
class MyIdeasProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    MyIdeasProjection(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(ProposalsMessages.IDEA)
            .on(ProposalsMessages.IDEA_SUBMITTED, this::submitted)
            .on(ProposalsMessages.IDEA_EDITED, (envelope, edited) -> update(envelope, "title = ?", edited.title()))
            .on(ProposalsMessages.IDEA_PUBLISHED, (envelope, published) ->
                update(envelope, "status = 'published', published = true, reason = case when hidden then reason end"))
            .on(ProposalsMessages.IDEA_REJECTED,
                (envelope, rejected) -> update(envelope, "status = 'rejected', reason = ?", rejected.reason()))
            .on(ProposalsMessages.IDEA_ASSESSMENT_STARTED,
                (envelope, started) -> update(envelope, "status = 'under-assessment'"))
            .on(ProposalsMessages.IDEA_ANSWERED,
                (envelope, answered) -> update(envelope, "status = ?", answered.outcome()))
            .on(ProposalsMessages.IDEA_WITHDRAWN, (envelope, withdrawn) -> update(envelope, "status = 'withdrawn'"))
            .on(ProposalsMessages.IDEA_REALISED, (envelope, realised) -> update(envelope, "status = 'realised'"))
            .on(ProposalsMessages.IDEA_HIDDEN, (envelope, hidden) ->
                update(envelope, "hidden = true, reason = ?, restored_reason = null", hidden.reason()))
            .on(ProposalsMessages.IDEA_RESTORED, (envelope, restored) -> update(envelope,
                "hidden = false, reason = case when status = 'rejected' then reason end, restored_reason = ?",
                restored.reason()))
            .on(ProposalsMessages.IDEA_APPEALED, (envelope, appealed) -> update(envelope, "appeal = 'pending'"))
            .on(ProposalsMessages.IDEA_APPEAL_DECIDED, (envelope, decided) -> update(envelope, "appeal = 'decided'"))
            .on(ProposalsMessages.SUPPORT_GIVEN, this::supportGiven)
            .on(ProposalsMessages.SUPPORT_WITHDRAWN, (envelope, withdrawn) -> sql.execute(
                "delete from my_support where person_id = ? and idea_id = ?", withdrawn.supporterId(), idea(envelope)))
            .on(ProposalsMessages.IDEA_FOLLOWED, this::followed)
            .on(ProposalsMessages.IDEA_UNFOLLOWED, (envelope, unfollowed) -> sql.execute(
                "delete from my_follow where person_id = ? and idea_id = ?", unfollowed.followerId(), idea(envelope)))
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from my_follow");
        sql.execute("delete from my_support");
        sql.execute("delete from my_idea");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void submitted(Envelope envelope, IdeaSubmitted submitted) {
        sql.execute("""
                insert into my_idea (idea_id, municipality, author_id, title, status, submitted_at, updated_at)
                values (?, ?, ?, ?, 'submitted', ?::timestamptz, ?::timestamptz) on conflict (idea_id) do nothing""",
            idea(envelope), envelope.municipality(), submitted.authorId(), submitted.title(),
            utc(submitted.submittedAt()), utc(envelope.occurredAt()));
    }

    private void supportGiven(Envelope envelope, SupportGiven given) {
        sql.execute("insert into my_support (person_id, idea_id, given_at) values (?, ?, ?::timestamptz)"
            + " on conflict (person_id, idea_id) do nothing", given.supporterId(), idea(envelope),
            utc(given.givenAt()));
    }

    private void followed(Envelope envelope, IdeaFollowed followed) {
        sql.execute("insert into my_follow (person_id, idea_id, followed_at) values (?, ?, ?::timestamptz)"
            + " on conflict (person_id, idea_id) do nothing", followed.followerId(), idea(envelope),
            utc(followed.followedAt()));
    }

    private void update(Envelope envelope, String assignments, Object... values) {
        var bindings = new Object[values.length + 2];
        System.arraycopy(values, 0, bindings, 0, values.length);
        bindings[values.length] = utc(envelope.occurredAt());
        bindings[values.length + 1] = idea(envelope);
        sql.execute("update my_idea set " + assignments + ", updated_at = ?::timestamptz where idea_id = ?", bindings);
    }

    private static UUID idea(Envelope envelope) {
        return UUID.fromString(envelope.aggregateId());
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
