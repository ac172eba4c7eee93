package no.samskap.gateway.shell.live;

import io.micronaut.context.exceptions.ConfigurationException;
import no.samskap.gateway.shell.web.Audience;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveStreamsTest {

    @Test
    void twoStreamsAtOnePathStopTheStart() {
        var refusal = assertThrows(ConfigurationException.class,
            () -> new LiveStreams(List.of(streamAt("/api/x/stream"), streamAt("/api/x/stream"))));

        assertTrue(refusal.getMessage().contains("/api/x/stream"), refusal.getMessage());
    }

    private static LiveStream streamAt(String path) {
        return new LiveStream() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public Audience audience() {
                return Audience.ANYONE;
            }

            @Override
            public String description() {
                return "Nothing.";
            }

            @Override
            public Flux<LiveEvent> events(LiveViewer viewer) {
                return Flux.empty();
            }
        };
    }
}
