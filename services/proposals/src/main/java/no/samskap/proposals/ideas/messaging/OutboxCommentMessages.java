package no.samskap.proposals.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.CommentAppealDecided;
import no.samskap.contract.proposals.CommentAppealed;
import no.samskap.contract.proposals.CommentEdited;
import no.samskap.contract.proposals.CommentHidden;
import no.samskap.contract.proposals.CommentRestored;
import no.samskap.contract.proposals.HidingCause;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.OutgoingMessage;
import no.samskap.proposals.ideas.application.CommentMessages;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Comment;
import no.samskap.proposals.ideas.domain.CommentEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Turns what happened to comments into messages of the public contract, keyed by the idea they are on, and
 * appends them to the outbox. Reports are not published: they carry personal accusations.
 */
@Singleton
class OutboxCommentMessages implements CommentMessages {

    private static final MessageMapping<CommentEvent> MESSAGES = MessageMapping.of(CommentEvent.class)
        .on(CommentEvent.CommentAdded.class, added -> message(added, ProposalsMessages.COMMENT_ADDED,
            new CommentAdded(ideaId(added), commentId(added),
                added.parentId() == null ? null : added.parentId().toString(), added.actor().id(), added.official(),
                added.body(), added.occurredAt())))
        .on(CommentEvent.CommentEdited.class, edited -> message(edited, ProposalsMessages.COMMENT_EDITED,
            new CommentEdited(ideaId(edited), commentId(edited), edited.body(), edited.occurredAt())))
        .on(CommentEvent.CommentHidden.class, hidden -> message(hidden, ProposalsMessages.COMMENT_HIDDEN,
            new CommentHidden(ideaId(hidden), commentId(hidden), hidden.reason(), hidden.actor().id(),
                hidden.occurredAt())))
        .on(CommentEvent.CommentRestored.class, restored -> message(restored, ProposalsMessages.COMMENT_RESTORED,
            CommentRestored.byModerator(ideaId(restored), commentId(restored), restored.actor().id(),
                restored.occurredAt(), restored.reason())))
        .on(CommentEvent.CommentAppealed.class, appealed -> message(appealed, ProposalsMessages.COMMENT_APPEALED,
            new CommentAppealed(ideaId(appealed), commentId(appealed), appealed.actor().id(), appealed.occurredAt())))
        .on(CommentEvent.CommentAppealDecided.class, decided -> message(decided, ProposalsMessages.COMMENT_APPEAL_DECIDED,
            new CommentAppealDecided(ideaId(decided), commentId(decided), decided.upheld(), decided.actor().id(),
                decided.reason(), decided.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxCommentMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(CommentEvent domainEvent) {
        outbox.append(toMessage(domainEvent));
    }

    @Override
    public void publishHiddenWhileAuthorBlocked(Comment comment, Actor actor, Instant now) {
        var ideaId = comment.ideaId().toString();
        outbox.append(new OutgoingMessage<>(ProposalsMessages.COMMENT_HIDDEN, UUID.randomUUID(), now,
            comment.municipality().number(), ideaId, new CommentHidden(ideaId, comment.id().toString(),
            OutboxIdeaMessages.HIDDEN_WHILE_AUTHOR_BLOCKED, actor.id(), now, HidingCause.AUTHOR_BLOCKED)));
    }

    @Override
    public void publishShownAfterBlock(Comment comment, Actor admin, Instant now) {
        var ideaId = comment.ideaId().toString();
        outbox.append(new OutgoingMessage<>(ProposalsMessages.COMMENT_RESTORED, UUID.randomUUID(), now,
            comment.municipality().number(), ideaId,
            new CommentRestored(ideaId, comment.id().toString(), admin.id(), now, HidingCause.AUTHOR_BLOCKED)));
    }

    static OutgoingMessage<?> toMessage(CommentEvent domainEvent) {
        return MESSAGES.toMessage(domainEvent);
    }

    private static String ideaId(CommentEvent domainEvent) {
        return domainEvent.ideaId().toString();
    }

    private static String commentId(CommentEvent domainEvent) {
        return domainEvent.commentId().toString();
    }

    private static <P> OutgoingMessage<P> message(CommentEvent domainEvent, MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, domainEvent.eventId(), domainEvent.occurredAt(),
            domainEvent.municipality().number(), domainEvent.ideaId().toString(), payload);
    }
}
