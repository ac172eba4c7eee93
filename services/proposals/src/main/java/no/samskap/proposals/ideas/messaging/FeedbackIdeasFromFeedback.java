package no.samskap.proposals.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.feedback.FeedbackTurnedIntoIdea;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import no.samskap.proposals.ideas.application.IdeaFromFeedback;
import no.samskap.proposals.ideas.application.IdeaSubmissions;

import java.util.UUID;

/** Reads the feedback service's {@code feedback-turned-into-idea}: the idea staff made of the feedback is created. */
@Singleton
class FeedbackIdeasFromFeedback implements MessageHandler {

    private final IdeaSubmissions submissions;
    private final HandlersByType handlers;

    FeedbackIdeasFromFeedback(IdeaSubmissions submissions) {
        this.submissions = submissions;
        this.handlers = HandlersByType.of(FeedbackMessages.FEEDBACK)
            .on(FeedbackMessages.FEEDBACK_TURNED_INTO_IDEA, this::turned)
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

    private void turned(Envelope envelope, FeedbackTurnedIntoIdea turned) {
        submissions.fromFeedback(new IdeaFromFeedback(UUID.fromString(turned.ideaId()),
            UUID.fromString(turned.feedbackId()), turned.municipality(), turned.title(), turned.body(),
            turned.serviceArea(), turned.turnedBy(), turned.turnedAt()));
    }

    /** Nothing to forget: the ideas are this service's own, and a replay finds them made already. */
    @Override
    public void forgetEverything() {
    }
}
