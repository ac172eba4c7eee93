package no.samskap.feedback.figures.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.events.EventCompleted;
import no.samskap.contract.events.EventDrafted;
import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.EventPublished;
import no.samskap.contract.events.EventUpdated;
import no.samskap.contract.events.EventsMessages;
import no.samskap.feedback.figures.application.EventIdeas;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps which ideas each event realises, from every message that describes an event and from its completion, so
 * the figures can tell co-created events apart.
 */
@Singleton
class IdeasOfEvents implements MessageHandler {

    private final EventIdeas ideas;
    private final HandlersByType handlers;

    IdeasOfEvents(EventIdeas ideas) {
        this.ideas = ideas;
        this.handlers = HandlersByType.of(EventsMessages.EVENT)
            .on(EventsMessages.EVENT_DRAFTED, (envelope, drafted) -> described(drafted.eventId(), drafted.facts(),
                drafted.draftedAt()))
            .on(EventsMessages.EVENT_PUBLISHED, (envelope, published) -> described(published.eventId(),
                published.facts(), published.publishedAt()))
            .on(EventsMessages.EVENT_UPDATED, (envelope, updated) -> described(updated.eventId(), updated.facts(),
                updated.updatedAt()))
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

    @Override
    public void forgetEverything() {
        ideas.forgetAll();
    }

    private void described(String eventId, EventFacts facts, Instant at) {
        ideas.described(UUID.fromString(eventId), ids(facts.ideaIds()), at);
    }

    private void completed(Envelope envelope, EventCompleted completed) {
        ideas.described(UUID.fromString(completed.eventId()), ids(completed.ideaIds()), completed.completedAt());
    }

    private static List<UUID> ids(List<String> ideaIds) {
        return ideaIds.stream().map(UUID::fromString).toList();
    }
}
