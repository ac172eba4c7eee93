package no.samskap.gateway.shell.notifications;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.live.LiveEvent;
import no.samskap.gateway.shell.live.LiveStream;
import no.samskap.gateway.shell.live.LiveViewer;
import no.samskap.gateway.shell.signin.SignedInSubject;
import no.samskap.gateway.shell.web.Audience;
import reactor.core.publisher.Flux;

/** The signed-in person's new notifications, one {@code notification} event each, and only theirs. */
@Singleton
final class FeedStream implements LiveStream {

    @Serdeable
    record NotificationEvent(String id, String subjectType, String subjectId, String kind) {
    }

    private final FeedChanges changes;

    FeedStream(FeedChanges changes) {
        this.changes = changes;
    }

    @Override
    public String path() {
        return "/api/me/notifications/stream";
    }

    @Override
    public Audience audience() {
        return Audience.SIGNED_IN;
    }

    @Override
    public String description() {
        return "One notification event per new entry in the signed-in person's feed, from any service; the page reads"
            + " its feed again on each. The id is the entry's.";
    }

    @Override
    public Flux<LiveEvent> events(LiveViewer viewer) {
        return changes.of(SignedInSubject.of(viewer.signedIn()))
            .map(entry -> new LiveEvent("notification", entry.id(),
                new NotificationEvent(entry.id(), entry.subjectType(), entry.subjectId(), entry.kind())));
    }
}
