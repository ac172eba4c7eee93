package no.samskap.bench.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** wrk (Debian's package, 4.1) at a fixed number of connections: as many requests as the server answers. */
final class Wrk {

    private static final Path BINARY = Path.of("/usr/bin/wrk");

    private final int connections;
    private final int threads;
    private final Duration warmUp;
    private final Duration measured;

    Wrk(int connections, Duration warmUp, Duration measured) {
        this.connections = connections;
        this.threads = Math.min(connections, Math.max(1, Runtime.getRuntime().availableProcessors()));
        this.warmUp = warmUp;
        this.measured = measured;
    }

    /** Installs wrk when it is missing and this runs as root; otherwise says how to. */
    static void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("wrk is missing. Install it with: sudo apt-get install -y wrk");
        }
        System.out.println("wrk is missing; installing Debian's package: apt-get install -y wrk");
        var install = new ProcessBuilder("apt-get", "install", "-y", "wrk").inheritIO().start();
        if (install.waitFor() != 0 || !Files.isExecutable(BINARY)) {
            throw new IllegalStateException("apt-get install -y wrk failed; run apt-get update first, then again");
        }
    }

    int connections() {
        return connections;
    }

    /** Warms up, then measures; the script (a Lua file) shapes each request, none for a plain GET. */
    WrkRun run(String url, Optional<Path> script, List<String> headers) throws IOException, InterruptedException {
        execute(url, script, headers, warmUp);
        return WrkRun.parse(execute(url, script, headers, measured));
    }

    private String execute(String url, Optional<Path> script, List<String> headers, Duration duration)
        throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(BINARY.toString(), "--threads", String.valueOf(threads),
            "--connections", String.valueOf(connections), "--duration", duration.toSeconds() + "s",
            "--timeout", "5s", "--latency"));
        script.ifPresent(lua -> command.addAll(List.of("--script", lua.toString())));
        headers.forEach(header -> command.addAll(List.of("--header", header)));
        command.add(url);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
        }
        System.out.println(output);
        return output;
    }
}
