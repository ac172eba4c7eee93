package no.samskap.gateway.ideas.staff;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.platform.problem.ProblemException;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.List;

/**
 * The staff inbox of the viewer's own municipality, as JSON and as live changes. Only its staff and admins see it;
 * nobody can ask for another municipality's inbox, so there is nothing of another municipality to refuse.
 */
@Controller("/api/staff/inbox")
@Secured({StaffMember.STAFF, StaffMember.ADMIN})
final class StaffInboxController {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final StaffInbox inbox;
    private final InboxChanges changes;

    StaffInboxController(StaffInbox inbox, InboxChanges changes) {
        this.inbox = inbox;
        this.changes = changes;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Inbox> inbox(Authentication authentication) {
        return HttpResponse.ok(inbox.of(member(authentication))).header("Cache-Control", "no-store");
    }

    /**
     * One {@code inbox-changed} event per committed change of the viewer's municipality's inbox, and a comment every
     * 15 seconds so proxies keep the connection open. Watchers read the inbox again on each event.
     */
    @Get("/stream")
    @Produces(MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<?>> follow(Authentication authentication) {
        var member = member(authentication);
        Flux<Event<?>> updates = changes.of(member.municipality())
            .map(change -> Event.of(change).name("inbox-changed").id(change.ideaId()));
        Flux<Event<?>> keepAlive = Flux.interval(KEEP_ALIVE).map(tick -> Event.of("").comment("keep-alive"));
        return Flux.merge(updates, keepAlive);
    }

    /** A staff account that belongs to no municipality has no inbox. */
    private static StaffMember member(Authentication authentication) {
        return StaffMember.of(authentication).orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "forbidden",
            "Forbidden", "Your account belongs to no municipality, so it has no staff inbox.", List.of()));
    }
}
