package no.samskap.gateway.shell.notifications.digest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailConfigurationTest {

    private static MailConfiguration withHost(String host) {
        return new MailConfiguration(host, 25, "Samskap <ikke-svar@samskap.local>", "http://127.0.0.1:8080",
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofSeconds(10));
    }

    @Test
    void aRefusedMailWaitsTwiceAsLongEachTimeUpToSixHoursAndIsNeverGivenUp() {
        var configuration = withHost("smtp.kommune.no");

        var waits = IntStream.of(1, 2, 3, 9, 10, 1000).mapToObj(configuration::retryAfter).toList();

        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
            Duration.ofMinutes(256), Duration.ofHours(6), Duration.ofHours(6)), waits);
    }

    @Test
    void anEmptyHostMeansNoServerIsConfigured() {
        assertFalse(withHost("").configured());
        assertTrue(withHost("127.0.0.1").configured());
    }
}
