package no.samskap.gateway.shell.notifications;

import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** Hands each committed new entry to its person's open pages, and to no one else's. Nothing is kept. */
@Singleton
public class FeedChanges {

    private final Sinks.Many<NewEntry> sink = Sinks.many().multicast().directBestEffort();

    void announce(NewEntry entry) {
        sink.tryEmitNext(entry);
    }

    /** How many pages listen now, for a test that must wait until a page does. */
    public int watchers() {
        return sink.currentSubscriberCount();
    }

    Flux<NewEntry> of(String personId) {
        return sink.asFlux().filter(entry -> entry.personId().equals(personId));
    }
}
