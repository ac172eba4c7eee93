package no.samskap.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local SMTP server (GreenMail) for the mail the gateway sends, unless {@code SAMSKAP_MAIL_HOST} names a real one.
 * Every mail it receives is written to {@code .samskap/mail/} as an {@code .eml} file, which any mail program opens.
 */
final class LocalMail {

    static final String PART = "Mail";
    static final int DEFAULT_PORT = 2525;
    private static final String ADVICE = "Choose another port with SAMSKAP_MAIL_PORT, or name a real SMTP server with "
        + "SAMSKAP_MAIL_HOST and SAMSKAP_MAIL_PORT.";

    private final RepositoryLayout layout;
    private final Map<String, String> environment;
    private final Progress progress;
    private final StartedParts started;
    private final AtomicInteger written = new AtomicInteger();
    private volatile GreenMail server;

    LocalMail(RepositoryLayout layout, Map<String, String> environment, Progress progress, StartedParts started) {
        this.layout = layout;
        this.environment = environment;
        this.progress = progress;
        this.started = started;
    }

    boolean isExternal() {
        return !environment.getOrDefault("SAMSKAP_MAIL_HOST", "").isBlank();
    }

    /** Returns what the gateway must be told to send through it; nothing when a real server is configured. */
    Map<String, String> start(PortSettings ports) {
        if (isExternal()) {
            return Map.of();
        }
        var step = progress.begin(PART);
        var port = ports.chosenPortFor(PART).orElse(Ports.isFree(DEFAULT_PORT) ? DEFAULT_PORT : freePort());
        try {
            Files.createDirectories(layout.mailDirectory());
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            var writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                var thread = new Thread(runnable, "local-mail-writer");
                thread.setDaemon(true);
                return thread;
            });
            writer.scheduleWithFixedDelay(this::writeReceived, 1, 1, TimeUnit.SECONDS);
            started.add(PART, () -> {
                writer.shutdownNow();
                server.stop();
                return "stopped";
            });
            step.done("ready", "SMTP 127.0.0.1:" + port + ", each mail in " + layout.relativeDisplay(layout.mailDirectory())
                + "/*.eml");
            return Map.of("SAMSKAP_MAIL_HOST", "127.0.0.1", "SAMSKAP_MAIL_PORT", Integer.toString(port));
        } catch (IOException | RuntimeException e) {
            step.failed();
            throw new StartFailure(PART, List.of("The local SMTP server did not start on port " + port + ": " + e,
                ADVICE), e);
        }
    }

    /** Writes each mail received since the last call to its own file; returns how many it wrote. */
    synchronized int writeReceived() {
        var received = server.getReceivedMessages();
        var first = written.get();
        for (int i = first; i < received.length; i++) {
            var file = layout.mailDirectory().resolve("%d-%04d.eml".formatted(System.currentTimeMillis(), i + 1));
            try (var out = Files.newOutputStream(file)) {
                received[i].writeTo(out);
            } catch (IOException | MessagingException e) {
                progress.line("Could not write a received mail to " + file + ": " + e.getMessage());
            }
        }
        written.set(received.length);
        return received.length - first;
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StartFailure(PART, List.of("No free port for the local SMTP server: " + e, ADVICE), e);
        }
    }
}
