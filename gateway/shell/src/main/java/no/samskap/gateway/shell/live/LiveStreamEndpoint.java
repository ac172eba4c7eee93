package no.samskap.gateway.shell.live;

import io.micronaut.context.annotation.Executable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.sse.Event;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.time.Duration;

/**
 * Serves every live stream: the viewer's events, and a comment every 15 seconds so proxies keep the connection open.
 * Who may follow a stream is decided before this runs ({@link LiveStreamAccess}).
 */
@Singleton
final class LiveStreamEndpoint {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final LiveStreams streams;

    LiveStreamEndpoint(LiveStreams streams) {
        this.streams = streams;
    }

    @Executable
    HttpResponse<Publisher<Event<?>>> follow(HttpRequest<?> request) {
        var stream = streams.at(request.getPath())
            .orElseThrow(() -> new IllegalStateException("No live stream at " + request.getPath()));
        var viewer = new LiveViewer(request.getParameters(), request.getUserPrincipal(Authentication.class));
        Flux<Event<?>> events = stream.events(viewer)
            .map(event -> Event.of(event.data()).name(event.name()).id(event.id()));
        Flux<Event<?>> keepAlive = Flux.interval(KEEP_ALIVE).map(tick -> Event.of("").comment("keep-alive"));
        return HttpResponse.<Publisher<Event<?>>>ok(Flux.merge(events, keepAlive))
            .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
            .header("Cache-Control", "no-store");
    }
}
