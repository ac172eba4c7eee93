package no.samskap.gateway.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.util.UUID;

import static no.samskap.gateway.ideas.messaging.IdeaBoardProjection.utc;

/**
 * Keeps each idea's discussion as a visitor sees it (ADR 0064). Hidings and restorings of one comment alternate on
 * the wire, whatever their cause, so the last one says whether the public may read it.
 */
@Singleton
class DiscussionProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    DiscussionProjection(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(ProposalsMessages.IDEA)
            .on(ProposalsMessages.COMMENT_ADDED, this::added)
            .on(ProposalsMessages.COMMENT_EDITED, (envelope, edited) -> update(edited.commentId(),
                "body = ?, edited_at = ?::timestamptz", edited.body(), utc(edited.editedAt())))
            .on(ProposalsMessages.COMMENT_HIDDEN, (envelope, hidden) -> update(hidden.commentId(), "hidden = true"))
            .on(ProposalsMessages.COMMENT_RESTORED,
                (envelope, restored) -> update(restored.commentId(), "hidden = false"))
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
        sql.execute("delete from discussion_comment");
    }

    private void added(Envelope envelope, CommentAdded added) {
        sql.execute("""
                insert into discussion_comment (comment_id, idea_id, parent_id, author_id, official, body, written_at)
                values (?, ?, ?, ?, ?, ?, ?::timestamptz) on conflict (comment_id) do nothing""",
            UUID.fromString(added.commentId()), UUID.fromString(envelope.aggregateId()),
            added.parentId() == null ? null : UUID.fromString(added.parentId()), added.authorId(), added.official(),
            added.body(), utc(added.addedAt()));
    }

    private void update(String commentId, String assignments, Object... values) {
        var bindings = new Object[values.length + 1];
        System.arraycopy(values, 0, bindings, 0, values.length);
        bindings[values.length] = UUID.fromString(commentId);
        sql.execute("update discussion_comment set " + assignments + " where comment_id = ?", bindings);
    }

}
