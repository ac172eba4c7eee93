package no.samskap.organisations.associations.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegisterRetriesTest {

    private final RegisterRetries retries = new RegisterRetries();

    @Test
    void waitsOneMinuteThenFiveThenThirtyAfterTheFirstFailures() {
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30)),
            IntStream.rangeClosed(1, 3).mapToObj(retries::delayAfter).toList());
    }

    @Test
    void afterThatTriesEverySixHoursForAsLongAsItFails() {
        assertEquals(List.of(Duration.ofHours(6)),
            IntStream.of(4, 5, 50, 10_000).mapToObj(retries::delayAfter).distinct().toList());
    }

    @Test
    void theNextAttemptIsTheDelayAfterTheLastFailure() {
        var failedAt = Instant.parse("2026-12-06T03:00:00Z");

        assertEquals(Instant.parse("2026-12-06T03:05:00Z"), retries.nextAttemptAfter(2, failedAt));
    }

    @Test
    void thereIsNoRetryBeforeAnyFailure() {
        assertThrows(IllegalArgumentException.class, () -> retries.delayAfter(0));
    }
}
