package no.samskap.feedback.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.feedback.FeedbackTurnedIntoIdea;
import no.samskap.feedback.ideas.application.IdeaMessages;
import no.samskap.feedback.ideas.domain.IdeaOfFeedback;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.UUID;

/**
 * {@code feedback-turned-into-idea}, keyed by the feedback's id like the feedback's other messages, so it follows
 * the feedback it was made of. It names the staff member who made the idea, never the feedback's author.
 */
@Singleton
class OutboxIdeaMessages implements IdeaMessages {

    private final Outbox outbox;

    OutboxIdeaMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void turned(IdeaOfFeedback.Turned turned) {
        var feedback = turned.feedback();
        var idea = turned.idea();
        var eventId = feedback.subject().eventId();
        outbox.append(new OutgoingMessage<>(FeedbackMessages.FEEDBACK_TURNED_INTO_IDEA, UUID.randomUUID(),
            idea.turnedAt(), feedback.municipality().value(), feedback.id().toString(),
            new FeedbackTurnedIntoIdea(feedback.id().toString(), idea.ideaId().toString(),
                feedback.municipality().value(), turned.draft().title(), turned.draft().body(),
                turned.draft().serviceArea(), eventId == null ? null : eventId.toString(), idea.turnedBy(),
                idea.turnedAt())));
    }
}
