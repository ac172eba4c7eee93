package no.samskap.gateway.ideas.live;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.time.Duration;

/**
 * Live updates of a municipality's board as Server-Sent Events: one {@code idea-changed} event per change of a
 * public idea, and a comment every 15 seconds so proxies keep the connection open.
 */
@Controller("/api/ideas/changes")
@Secured(SecurityRule.IS_ANONYMOUS)
class BoardChangesController {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final BoardChanges changes;

    BoardChangesController(BoardChanges changes) {
        this.changes = changes;
    }

    @Get
    @Produces(MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<?>> follow(@QueryValue @NotNull @Pattern(regexp = "\\d{4}", message = "must be a 4-digit kommunenummer")
                               String municipality) {
        Flux<Event<?>> updates = changes.of(municipality)
            .map(change -> Event.of(change).name("idea-changed").id(change.ideaId()));
        Flux<Event<?>> keepAlive = Flux.interval(KEEP_ALIVE).map(tick -> Event.of("").comment("keep-alive"));
        return Flux.merge(updates, keepAlive);
    }
}
