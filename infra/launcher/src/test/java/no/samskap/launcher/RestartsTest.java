package no.samskap.launcher;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RestartsTest {

    private static final Duration BRIEFLY = Duration.ofSeconds(5);
    private static final Duration A_WHILE = Duration.ofSeconds(60);

    private final Restarts restarts = new Restarts(RestartPolicy.standard(3));

    @Test
    void waitsLongerAfterEachRestartThatDidNotLastAndGivesUpAfterTheLastAttempt() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), restarts.afterEnding(A_WHILE));
        assertEquals(Optional.of(Duration.ofSeconds(2)), restarts.afterEnding(Duration.ZERO));
        assertEquals(Optional.of(Duration.ofSeconds(4)), restarts.afterEnding(BRIEFLY));
        assertEquals(Optional.empty(), restarts.afterEnding(Duration.ZERO));
        assertEquals(3, restarts.attempt());
    }

    @Test
    void startsCountingAfreshOnceARestartHasStayedHealthyAWhile() {
        restarts.afterEnding(A_WHILE);
        restarts.afterEnding(Duration.ZERO);
        restarts.afterEnding(Duration.ZERO);

        assertEquals(Optional.of(Duration.ofSeconds(1)), restarts.afterEnding(A_WHILE));
        assertEquals(1, restarts.attempt());
    }

    @Test
    void givesUpAtOnceWhenRestartsAreOff() {
        var never = new Restarts(RestartPolicy.standard(0));

        assertEquals(Optional.empty(), never.afterEnding(A_WHILE));
    }
}
