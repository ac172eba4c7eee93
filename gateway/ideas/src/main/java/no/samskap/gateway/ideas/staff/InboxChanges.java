package no.samskap.gateway.ideas.staff;

import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Hands each committed change of a staff inbox to the staff watching it right now, and only to those of the
 * municipality it belongs to. Changes are not kept: a watcher who joins later reads the inbox first.
 */
@Singleton
final class InboxChanges {

    private final Sinks.Many<InboxChange> sink = Sinks.many().multicast().directBestEffort();

    void announce(InboxChange change) {
        sink.tryEmitNext(change);
    }

    int watchers() {
        return sink.currentSubscriberCount();
    }

    Flux<InboxChange> of(String municipality) {
        return sink.asFlux().filter(change -> change.municipality().equals(municipality));
    }
}
