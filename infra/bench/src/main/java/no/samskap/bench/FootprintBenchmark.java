package no.samskap.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Issue 18's "Footprint" scenario: runs the README's start command (the launcher jar) twice, reads how long each part
 * took to start and the whole platform to be ready (demo data included), waits 30 s more ({@code --settle-seconds}),
 * then reads the resident memory of every process the launcher started, and writes its section of
 * docs/performance.md. The second start finds the build, the demo data and the caches of the first: the warm start.
 */
public final class FootprintBenchmark {

    private static final Pattern READY = Pattern.compile("it started in ([0-9.]+) s");
    private static final Pattern PART = Pattern.compile("^\\[samskap] (.+?) \\.\\.\\. (?:.*? )?(?:ready|started|found|running) in ([0-9.]+) s");
    private static final Duration LONGEST_START = Duration.ofMinutes(6);

    private FootprintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var root = Path.of(argument(args, "root", ".")).toAbsolutePath().normalize();
        var launcher = root.resolve("infra/launcher/target/samskap-launcher.jar");
        var document = Path.of(argument(args, "document", "docs/performance.md"));
        var settle = Duration.ofSeconds(Long.parseLong(argument(args, "settle-seconds", "30")));
        var first = start(root, launcher, settle);
        var second = start(root, launcher, settle);
        var section = FootprintReport.markdown(first, second);
        FootprintReport.writeInto(document, section);
        System.out.println(section);
        System.exit(0);
    }

    private static Start start(Path root, Path launcher, Duration settle) throws Exception {
        var process = new ProcessBuilder("java", "-jar", launcher.toString())
            .directory(root.toFile()).redirectErrorStream(true).start();
        try {
            var parts = new ArrayList<PartStart>();
            var seconds = readUntilReady(process, parts);
            Thread.sleep(settle.toMillis());
            var memory = ProcessTree.of(process.pid()).residentMemory();
            return new Start(seconds, parts, memory);
        } finally {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }

    private static double readUntilReady(Process process, List<PartStart> parts) throws IOException {
        var deadline = System.nanoTime() + LONGEST_START.toNanos();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            System.out.println(line);
            partStart(line).ifPresent(parts::add);
            var ready = readyAfter(line);
            if (ready.isPresent()) {
                // Keep the launcher's output flowing, or it would block writing its later lines.
                var drain = new Thread(() -> drain(output));
                drain.setDaemon(true);
                drain.start();
                return ready.getAsDouble();
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        throw new IllegalStateException("The start command did not say it was running within " + LONGEST_START);
    }

    /** A part's line when it is up, as "[samskap] gateway ... ready in 7.5 s (...)". */
    static Optional<PartStart> partStart(String line) {
        var part = PART.matcher(line);
        return part.find() ? Optional.of(new PartStart(part.group(1), Double.parseDouble(part.group(2))))
            : Optional.empty();
    }

    /** The seconds of the launcher's "Samskap is running; it started in 71.0 s." line. */
    static OptionalDouble readyAfter(String line) {
        var ready = READY.matcher(line);
        return ready.find() ? OptionalDouble.of(Double.parseDouble(ready.group(1))) : OptionalDouble.empty();
    }

    /** Reads the rest of the launcher's output until it ends, which it does when the launcher is stopped. */
    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // Nothing to keep.
            }
        } catch (IOException stopped) {
            // The launcher is gone.
        }
    }

    private static String argument(String[] args, String name, String fallback) {
        for (var arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    record PartStart(String part, double seconds) {
    }

    record Start(double seconds, List<PartStart> parts, List<ProcessTree.Resident> memory) {

        long totalKilobytes() {
            return memory.stream().mapToLong(ProcessTree.Resident::kilobytes).sum();
        }
    }

    /** The launcher's process and everything it started, read from /proc. */
    record ProcessTree(long root) {

        static ProcessTree of(long pid) {
            return new ProcessTree(pid);
        }

        List<Resident> residentMemory() {
            var found = new ArrayList<Resident>();
            ProcessHandle.of(root).ifPresent(handle -> {
                found.add(resident(handle));
                handle.descendants().forEach(child -> found.add(resident(child)));
            });
            return found.stream().filter(one -> one.kilobytes() > 0).toList();
        }

        private static Resident resident(ProcessHandle handle) {
            var command = handle.info().commandLine().orElse(handle.info().command().orElse("?"));
            return new Resident(handle.pid(), name(command), kilobytes(handle.pid()));
        }

        /** The jar a java process runs, Keycloak by its main class, else the program. */
        static String name(String command) {
            var jar = Pattern.compile("-jar (\\S+)").matcher(command);
            if (jar.find()) {
                return Path.of(jar.group(1)).getFileName().toString();
            }
            var program = Path.of(command.split(" ")[0]).getFileName().toString();
            if (command.contains("keycloak") || command.contains("quarkus")) {
                return program.equals("java") ? "Keycloak" : "Keycloak's start script";
            }
            return program;
        }

        private static long kilobytes(long pid) {
            try {
                return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0L);
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }

        record Resident(long pid, String name, long kilobytes) {

            String megabytes() {
                return String.format(Locale.ROOT, "%,.0f", kilobytes / 1024.0);
            }
        }
    }
}
