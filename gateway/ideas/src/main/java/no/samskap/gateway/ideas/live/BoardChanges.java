package no.samskap.gateway.ideas.live;

import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Hands each committed change of the board to the people watching it right now. Changes are not kept: a
 * watcher who joins later reads the board first, then follows the changes.
 */
@Singleton
public class BoardChanges {

    private final Sinks.Many<BoardChange> sink = Sinks.many().multicast().directBestEffort();

    public void announce(BoardChange change) {
        sink.tryEmitNext(change);
    }

    int watchers() {
        return sink.currentSubscriberCount();
    }

    Flux<BoardChange> of(String municipality) {
        return sink.asFlux().filter(change -> change.municipality().equals(municipality));
    }
}
