package no.samskap.gateway.shell.notifications;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.shell.signin.SignedInSubject;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.time.Duration;

/**
 * The signed-in person's new notifications as Server-Sent Events, one {@code notification} event each, and only
 * theirs; a comment every 15 seconds keeps proxies from closing the connection. The page reads its feed again on each.
 */
@Controller("/api/me/notifications/stream")
@Secured(SecurityRule.IS_AUTHENTICATED)
class FeedStreamController {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    @Serdeable
    record NotificationEvent(String id, String subjectType, String subjectId, String kind) {
    }

    private final FeedChanges changes;

    FeedStreamController(FeedChanges changes) {
        this.changes = changes;
    }

    @Get
    @Produces(MediaType.TEXT_EVENT_STREAM)
    HttpResponse<Publisher<Event<?>>> follow(Authentication authentication) {
        var personId = SignedInSubject.of(authentication);
        Flux<Event<?>> added = changes.of(personId)
            .map(entry -> Event.of(new NotificationEvent(entry.id(), entry.subjectType(), entry.subjectId(),
                entry.kind())).name("notification").id(entry.id()));
        Flux<Event<?>> keepAlive = Flux.interval(KEEP_ALIVE).map(tick -> Event.of("").comment("keep-alive"));
        return HttpResponse.<Publisher<Event<?>>>ok(Flux.merge(added, keepAlive)).header("Cache-Control", "no-store");
    }
}
