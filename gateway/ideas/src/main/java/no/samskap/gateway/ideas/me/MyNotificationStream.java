package no.samskap.gateway.ideas.me;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.live.LiveEvent;
import no.samskap.gateway.shell.live.LiveStream;
import no.samskap.gateway.shell.live.LiveViewer;
import no.samskap.gateway.shell.me.SignedInSubject;
import no.samskap.gateway.shell.web.Audience;
import reactor.core.publisher.Flux;

/** The signed-in person's new notifications, one {@code notification} event each, and only theirs. */
@Singleton
final class MyNotificationStream implements LiveStream {

    @Serdeable
    record NotificationEvent(String id, String ideaId, String kind) {
    }

    private final MyNotificationChanges changes;

    MyNotificationStream(MyNotificationChanges changes) {
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
        return "One notification event per new notification of the signed-in person; the page reads its feed again on"
            + " each. The id is the notification's.";
    }

    @Override
    public Flux<LiveEvent> events(LiveViewer viewer) {
        return changes.of(SignedInSubject.of(viewer.signedIn()))
            .map(notification -> new LiveEvent("notification", notification.id(),
                new NotificationEvent(notification.id(), notification.ideaId(), notification.kind())));
    }
}
