package no.samskap.gateway.ideas.me;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.proposals.ProposalsMessages;
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

    MyIdeasProjection(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public AggregateType source() {
        return ProposalsMessages.IDEA;
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from my_follow");
        sql.execute("delete from my_support");
        sql.execute("delete from my_idea");
    }

    @Override
    public void handle(Envelope envelope) {
        var idea = UUID.fromString(envelope.aggregateId());
        if (envelope.is(ProposalsMessages.IDEA_SUBMITTED)) {
            var submitted = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_SUBMITTED);
            sql.execute("""
                    insert into my_idea (idea_id, municipality, author_id, title, status, submitted_at, updated_at)
                    values (?, ?, ?, ?, 'submitted', ?::timestamptz, ?::timestamptz) on conflict (idea_id) do nothing""",
                idea, envelope.municipality(), submitted.authorId(), submitted.title(), utc(submitted.submittedAt()),
                utc(envelope.occurredAt()));
        } else if (envelope.is(ProposalsMessages.IDEA_EDITED)) {
            update(envelope, "title = ?", EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_EDITED).title());
        } else if (envelope.is(ProposalsMessages.IDEA_PUBLISHED)) {
            update(envelope, "status = 'published', published = true, reason = case when hidden then reason end");
        } else if (envelope.is(ProposalsMessages.IDEA_REJECTED)) {
            update(envelope, "status = 'rejected', reason = ?",
                EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_REJECTED).reason());
        } else if (envelope.is(ProposalsMessages.IDEA_ASSESSMENT_STARTED)) {
            update(envelope, "status = 'under-assessment'");
        } else if (envelope.is(ProposalsMessages.IDEA_ANSWERED)) {
            update(envelope, "status = ?", EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_ANSWERED).outcome());
        } else if (envelope.is(ProposalsMessages.IDEA_WITHDRAWN)) {
            update(envelope, "status = 'withdrawn'");
        } else if (envelope.is(ProposalsMessages.IDEA_REALISED)) {
            update(envelope, "status = 'realised'");
        } else if (envelope.is(ProposalsMessages.IDEA_HIDDEN)) {
            update(envelope, "hidden = true, reason = ?, restored_reason = null",
                EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_HIDDEN).reason());
        } else if (envelope.is(ProposalsMessages.IDEA_RESTORED)) {
            update(envelope, "hidden = false, reason = case when status = 'rejected' then reason end, restored_reason = ?",
                EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_RESTORED).reason());
        } else if (envelope.is(ProposalsMessages.IDEA_APPEALED)) {
            update(envelope, "appeal = 'pending'");
        } else if (envelope.is(ProposalsMessages.IDEA_APPEAL_DECIDED)) {
            update(envelope, "appeal = 'decided'");
        } else if (envelope.is(ProposalsMessages.SUPPORT_GIVEN)) {
            var given = EnvelopeCodec.payload(envelope, ProposalsMessages.SUPPORT_GIVEN);
            sql.execute("insert into my_support (person_id, idea_id, given_at) values (?, ?, ?::timestamptz)"
                + " on conflict (person_id, idea_id) do nothing", given.supporterId(), idea, utc(given.givenAt()));
        } else if (envelope.is(ProposalsMessages.SUPPORT_WITHDRAWN)) {
            var withdrawn = EnvelopeCodec.payload(envelope, ProposalsMessages.SUPPORT_WITHDRAWN);
            sql.execute("delete from my_support where person_id = ? and idea_id = ?", withdrawn.supporterId(), idea);
        } else if (envelope.is(ProposalsMessages.IDEA_FOLLOWED)) {
            var followed = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_FOLLOWED);
            sql.execute("insert into my_follow (person_id, idea_id, followed_at) values (?, ?, ?::timestamptz)"
                + " on conflict (person_id, idea_id) do nothing", followed.followerId(), idea, utc(followed.followedAt()));
        } else if (envelope.is(ProposalsMessages.IDEA_UNFOLLOWED)) {
            var unfollowed = EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_UNFOLLOWED);
            sql.execute("delete from my_follow where person_id = ? and idea_id = ?", unfollowed.followerId(), idea);
        }
    }

    private void update(Envelope envelope, String assignments, Object... values) {
        var bindings = new Object[values.length + 2];
        System.arraycopy(values, 0, bindings, 0, values.length);
        bindings[values.length] = utc(envelope.occurredAt());
        bindings[values.length + 1] = UUID.fromString(envelope.aggregateId());
        sql.execute("update my_idea set " + assignments + ", updated_at = ?::timestamptz where idea_id = ?", bindings);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
