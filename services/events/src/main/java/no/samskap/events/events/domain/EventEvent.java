package no.samskap.events.events.domain;

import java.time.Instant;

/** What happened to an event; the application hands each to the outbox as a message of the contract. */
public sealed interface EventEvent {

    Event event();

    String by();

    Instant occurredAt();

    record Drafted(Event event, String by, Instant occurredAt) implements EventEvent {
    }

    record Published(Event event, String by, Instant occurredAt) implements EventEvent {
    }

    record Updated(Event event, String by, Instant occurredAt) implements EventEvent {
    }

    record Cancelled(Event event, String reason, String by, Instant occurredAt) implements EventEvent {
    }

    record Completed(Event event, Integer attended, String by, Instant occurredAt) implements EventEvent {
    }
}
