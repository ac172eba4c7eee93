package no.samskap.gateway.ideas.me;

import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** Hands each committed new notification to its person's open pages, and to no one else's. Nothing is kept. */
@Singleton
class MyNotificationChanges {

    private final Sinks.Many<NewNotification> sink = Sinks.many().multicast().directBestEffort();

    void announce(NewNotification notification) {
        sink.tryEmitNext(notification);
    }

    int watchers() {
        return sink.currentSubscriberCount();
    }

    Flux<NewNotification> of(String personId) {
        return sink.asFlux().filter(notification -> notification.personId().equals(personId));
    }
}
