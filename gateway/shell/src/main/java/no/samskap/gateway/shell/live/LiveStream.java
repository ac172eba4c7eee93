package no.samskap.gateway.shell.live;

import no.samskap.gateway.shell.web.Audience;
import reactor.core.publisher.Flux;

import java.util.Map;

/**
 * A module's live updates, declared as a bean: the shell serves them as Server-Sent Events at {@code path} to those
 * the {@code audience} admits, keeps the connection open with a comment every 15 seconds, and lets no one cache them.
 * The events are what happens after the viewer connected: nothing is replayed, so a page reads its state first.
 */
public interface LiveStream {

    String path();

    Audience audience();

    /** One sentence for the API description: what an event says and whose events the viewer gets. */
    String description();

    /** The query parameters the stream requires, by name, with what each means, for the API description. */
    default Map<String, String> queryParameters() {
        return Map.of();
    }

    /** The events for this viewer alone; throw a {@code ProblemException} to refuse what they asked for. */
    Flux<LiveEvent> events(LiveViewer viewer);
}
