package no.samskap.proposals.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.events.EventCompleted;
import no.samskap.contract.events.EventsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import no.samskap.proposals.ideas.application.IdeaRealisations;

import java.util.UUID;

/** Reads the events service's {@code event-completed}: the ideas the event realises become realised. */
@Singleton
class CompletedEventsFromEvents implements MessageHandler {

    private final IdeaRealisations realisations;
    private final HandlersByType handlers;

    CompletedEventsFromEvents(IdeaRealisations realisations) {
        this.realisations = realisations;
        this.handlers = HandlersByType.of(EventsMessages.EVENT)
            .on(EventsMessages.EVENT_COMPLETED, this::completed)
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

    private void completed(Envelope envelope, EventCompleted completed) {
        realisations.eventCompleted(UUID.fromString(completed.eventId()),
            completed.ideaIds().stream().map(UUID::fromString).toList(), completed.completedBy(),
            completed.completedAt());
    }

    /** Nothing to forget: the ideas are this service's own, and a replay finds them realised already. */
    @Override
    public void forgetEverything() {
    }
}
