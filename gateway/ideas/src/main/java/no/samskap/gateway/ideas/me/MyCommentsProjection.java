package no.samskap.gateway.ideas.me;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.CommentHidden;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.util.UUID;

import static no.samskap.gateway.ideas.me.MyIdeasProjection.utc;

/**
 * Keeps each person's comments with what moderators did to them, so that the author reads on their own page why a
 * comment was hidden and why it was shown again. Hiding and restoring do not name the author; the comment's
 * addition, earlier on the same idea's partition, does. Personal data: the reasons are for the author alone.
 */
@Singleton
class MyCommentsProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    MyCommentsProjection(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(ProposalsMessages.IDEA)
            .on(ProposalsMessages.COMMENT_ADDED, this::added)
            .on(ProposalsMessages.COMMENT_EDITED,
                (envelope, edited) -> update(edited.commentId(), "body = ?", edited.body()))
            .on(ProposalsMessages.COMMENT_HIDDEN, this::hidden)
            .on(ProposalsMessages.COMMENT_RESTORED, (envelope, restored) -> update(restored.commentId(),
                "restored_reason = ?, restored_at = ?::timestamptz", restored.reason(), utc(restored.restoredAt())))
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from my_comment");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void added(Envelope envelope, CommentAdded added) {
        sql.execute("""
                insert into my_comment (comment_id, idea_id, author_id, body, written_at)
                values (?, ?, ?, ?, ?::timestamptz) on conflict (comment_id) do nothing""",
            UUID.fromString(added.commentId()), UUID.fromString(envelope.aggregateId()), added.authorId(),
            added.body(), utc(added.addedAt()));
    }

    private void hidden(Envelope envelope, CommentHidden hidden) {
        update(hidden.commentId(), "hidden_reason = ?, hidden_at = ?::timestamptz,"
            + " restored_reason = null, restored_at = null", hidden.reason(), utc(hidden.hiddenAt()));
    }

    private void update(String commentId, String assignments, Object... values) {
        var bindings = new Object[values.length + 1];
        System.arraycopy(values, 0, bindings, 0, values.length);
        bindings[values.length] = UUID.fromString(commentId);
        sql.execute("update my_comment set " + assignments + " where comment_id = ?", bindings);
    }
}
