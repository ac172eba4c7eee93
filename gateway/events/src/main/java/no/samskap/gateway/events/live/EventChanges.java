package no.samskap.gateway.events.live;

import jakarta.inject.Singleton;
import no.samskap.platform.consumption.WhenCommitted;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Hands each committed change of a public event to the people watching it right now. Changes are not kept: a
 * watcher who joins later reads the page first, then follows the changes.
 */
@Singleton
public class EventChanges {

    private final Sinks.Many<EventChange> sink = Sinks.many().multicast().directBestEffort();
    private final WhenCommitted whenCommitted;

    EventChanges(WhenCommitted whenCommitted) {
        this.whenCommitted = whenCommitted;
    }

    /** Announced once the read model's transaction has committed, so nobody hears of a change rolled back. */
    public void announceAfterCommit(EventChange change) {
        whenCommitted.run(() -> sink.tryEmitNext(change));
    }

    /** How many are watching right now. */
    public int watchers() {
        return sink.currentSubscriberCount();
    }

    Flux<EventChange> ofEvent(String eventId) {
        return sink.asFlux().filter(change -> change.eventId().equals(eventId));
    }
}
