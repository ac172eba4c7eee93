package no.samskap.organisations.enhetsregisteret;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnhetsregisteretConfigurationTest {

    @Test
    void servicesStartedByTestsNeitherFollowTheFeedNorReachTheRealRegister() {
        try (var context = ApplicationContext.builder().build()) {
            var environment = context.getEnvironment().start();

            assertTrue(environment.getActiveNames().contains("test"), environment.getActiveNames().toString());
            assertEquals(false, environment.getProperty("samskap.enhetsregisteret.follow", Boolean.class).orElseThrow());
            assertEquals("http://127.0.0.1:9",
                environment.getProperty("samskap.enhetsregisteret.url", String.class).orElseThrow());
        }
    }

    @Test
    void outsideTestsTheServiceFollowsDataBrregNoEveryTenMinutesWithShortWaits() {
        try (var context = ApplicationContext.builder().deduceEnvironment(false).environments("prod").build()) {
            var environment = context.getEnvironment().start();

            assertEquals(Map.of("url", "https://data.brreg.no", "connect-timeout", Duration.ofSeconds(2),
                    "request-timeout", Duration.ofSeconds(5), "follow", true, "follow-every", Duration.ofMinutes(10)),
                Map.of("url", environment.getRequiredProperty("samskap.enhetsregisteret.url", String.class),
                    "connect-timeout", environment.getRequiredProperty("samskap.enhetsregisteret.connect-timeout",
                        Duration.class),
                    "request-timeout", environment.getRequiredProperty("samskap.enhetsregisteret.request-timeout",
                        Duration.class),
                    "follow", environment.getRequiredProperty("samskap.enhetsregisteret.follow", Boolean.class),
                    "follow-every", environment.getRequiredProperty("samskap.enhetsregisteret.follow-every",
                        Duration.class)));
        }
    }
}
