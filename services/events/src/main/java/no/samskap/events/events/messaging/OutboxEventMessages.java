package no.samskap.events.events.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.events.EventCancelled;
import no.samskap.contract.events.EventCompleted;
import no.samskap.contract.events.EventDrafted;
import no.samskap.contract.events.EventFacts;
import no.samskap.contract.events.EventPublished;
import no.samskap.contract.events.EventUpdated;
import no.samskap.contract.events.EventsMessages;
import no.samskap.events.events.application.EventMessages;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventEvent;
import no.samskap.events.events.domain.VenueFacts;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.Optional;
import java.util.UUID;

/** Turns an event's domain events into messages of the public contract and appends them to the outbox. */
@Singleton
class OutboxEventMessages implements EventMessages {

    private static final MessageMapping<EventEvent> MESSAGES = MessageMapping.of(EventEvent.class)
        .on(EventEvent.Drafted.class, drafted -> message(drafted, EventsMessages.EVENT_DRAFTED,
            new EventDrafted(id(drafted), facts(drafted.event()), drafted.by(), drafted.occurredAt())))
        .on(EventEvent.Published.class, published -> message(published, EventsMessages.EVENT_PUBLISHED,
            new EventPublished(id(published), facts(published.event()), published.by(), published.occurredAt())))
        .on(EventEvent.Updated.class, updated -> message(updated, EventsMessages.EVENT_UPDATED,
            new EventUpdated(id(updated), facts(updated.event()), updated.by(), updated.occurredAt())))
        .on(EventEvent.Cancelled.class, cancelled -> message(cancelled, EventsMessages.EVENT_CANCELLED,
            new EventCancelled(id(cancelled), cancelled.reason(), cancelled.by(), cancelled.occurredAt())))
        .on(EventEvent.Completed.class, completed -> message(completed, EventsMessages.EVENT_COMPLETED,
            new EventCompleted(id(completed), completed.event().description().ideaIds().stream()
                .map(UUID::toString).toList(), completed.attended(), completed.by(), completed.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxEventMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(EventEvent event) {
        outbox.append(MESSAGES.toMessage(event));
    }

    static EventFacts facts(Event event) {
        var d = event.description();
        var venue = Optional.ofNullable(d.venue());
        return new EventFacts(d.title(), d.description(), d.hostingUnit(),
            d.coHostIds().stream().map(UUID::toString).toList(), d.ideaIds().stream().map(UUID::toString).toList(),
            venue.map(VenueFacts::id).map(UUID::toString).orElse(null), venue.map(VenueFacts::name).orElse(null),
            venue.map(VenueFacts::address).orElse(null), d.startsAt(), d.endsAt(), d.audience(), d.targetGroups(),
            d.price().nok(), d.capacity(), d.allAccessibility());
    }

    private static String id(EventEvent event) {
        return event.event().id().toString();
    }

    private static <P> OutgoingMessage<P> message(EventEvent event, MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, UUID.randomUUID(), event.occurredAt(),
            event.event().municipality().value(), id(event), payload);
    }
}
