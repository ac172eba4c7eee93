package no.samskap.launcher;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RestartPolicyTest {

    @Test
    void waitsOneSecondThenDoublesUpToHalfAMinute() {
        var policy = RestartPolicy.standard(10);

        var delays = IntStream.rangeClosed(1, 8).mapToObj(policy::delayBefore).map(Duration::toSeconds).toList();

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), delays);
    }

    @Test
    void restartsFiveTimesInARowUnlessToldOtherwise() {
        assertEquals(5, RestartPolicy.from(Map.of()).attemptsInARow());
        assertEquals(2, RestartPolicy.from(Map.of("SAMSKAP_RESTART_ATTEMPTS", " 2 ")).attemptsInARow());
        assertEquals(0, RestartPolicy.from(Map.of("SAMSKAP_RESTART_ATTEMPTS", "0")).attemptsInARow());
    }

    @Test
    void refusesANumberOfAttemptsThatIsNotAWholeNumberFromZeroUp() {
        for (var wrong : List.of("-1", "five", "2.5")) {
            var failure = assertThrows(StartFailure.class,
                () -> RestartPolicy.from(Map.of("SAMSKAP_RESTART_ATTEMPTS", wrong)));

            assertEquals("launcher failed: SAMSKAP_RESTART_ATTEMPTS must be a whole number from 0 (never restart) up, "
                + "not '" + wrong + "'.", failure.lines().get(0));
        }
    }
}
