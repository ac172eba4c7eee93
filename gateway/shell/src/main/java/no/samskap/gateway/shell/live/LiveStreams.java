package no.samskap.gateway.shell.live;

import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every module's live streams by path; two streams at one path stop the gateway at start-up. */
@Singleton
final class LiveStreams {

    private final Map<String, LiveStream> byPath;

    LiveStreams(List<LiveStream> streams) {
        this.byPath = streams.stream().collect(Collectors.toUnmodifiableMap(LiveStream::path, Function.identity(),
            (one, other) -> {
                throw new ConfigurationException("Two live streams at " + one.path() + ": "
                    + one.getClass().getName() + " and " + other.getClass().getName());
            }));
    }

    Optional<LiveStream> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    Collection<LiveStream> all() {
        return byPath.values();
    }
}
