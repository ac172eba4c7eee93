package no.samskap.systemtests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One run of the README's start command shared by the browser tests ({@code @ExtendWith(SharedLaunch.class)} and a
 * {@link LaunchedPlatform} parameter), since launching takes a minute or more; it stops when the test run ends. Its
 * database and broker start empty on each run, so the demo data is loaded afresh and the association left for the
 * walk-through is free to register; Keycloak's unpacked installation is kept, which is what makes a launch slow.
 */
final class SharedLaunch implements ParameterResolver {

    private static final String STATE = "launcher-state-loop";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LaunchedPlatform.class;
    }

    @Override
    public LaunchedPlatform resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(SharedLaunch.class, key -> new Running(launch()), Running.class).platform;
    }

    private static LaunchedPlatform launch() {
        try {
            var state = LaunchedPlatform.ROOT.resolve("infra/system-tests/target/" + STATE);
            deleteIfThere(state.resolve("postgres"));
            deleteIfThere(state.resolve("kafka"));
            return LaunchedPlatform.start(STATE, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteIfThere(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record Running(LaunchedPlatform platform) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() throws InterruptedException {
            platform.close();
        }
    }
}
