package no.samskap.events.events.application;

import no.samskap.events.events.domain.EventEvent;

/** Where an event's domain events go: the outbox, in the transaction of the change. */
public interface EventMessages {

    void publish(EventEvent event);
}
