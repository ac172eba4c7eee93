package no.samskap.launcher;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong();
    private final Progress progress = new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8), now::get);

    @Test
    void printsAStepAndItsOutcomeOnOneLineWithTheSecondsItTook() {
        var step = progress.begin("PostgreSQL");
        now.addAndGet(1_450_000_000L);
        step.done("ready", "local server 127.0.0.1:5432, database samskap");

        assertEquals("[samskap] PostgreSQL ... ready in 1.5 s (local server 127.0.0.1:5432, database samskap)"
            + System.lineSeparator(), text());
    }

    @Test
    void repeatsTheStepNameWhenAnotherLineCameInBetween() {
        var step = progress.begin("gateway");
        progress.line("Stopping because of Ctrl-C");
        now.addAndGet(2_000_000_000L);
        step.failed();

        assertEquals(String.join(System.lineSeparator(),
            "[samskap] gateway ... ",
            "[samskap] Stopping because of Ctrl-C",
            "[samskap] gateway failed after 2.0 s",
            ""), text());
    }

    @Test
    void countsTheSecondsSinceTheLauncherStarted() {
        now.addAndGet(12_340_000_000L);

        assertEquals("12.3 s", progress.sinceLaunch());
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
