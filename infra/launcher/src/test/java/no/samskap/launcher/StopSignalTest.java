package no.samskap.launcher;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StopSignalTest {

    private final StopSignal signal = new StopSignal();

    @Test
    void aLongWaitEndsAsSoonAsTheLauncherStops() throws Exception {
        var waited = CompletableFuture.supplyAsync(() -> signal.sleep(Duration.ofMinutes(10)));

        signal.raise();

        assertFalse(waited.get(10, TimeUnit.SECONDS), "the wait said it ran its full course");
    }

    @Test
    void aWaitThatRunsItsCourseSaysSo() {
        assertTrue(signal.sleep(Duration.ofMillis(1)));
    }

    @Test
    void aWaitAfterTheLauncherStoppedEndsAtOnce() {
        signal.raise();

        assertFalse(signal.sleep(Duration.ofMinutes(10)));
    }
}
