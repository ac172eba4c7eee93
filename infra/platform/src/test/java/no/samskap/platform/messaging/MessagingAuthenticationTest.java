package no.samskap.platform.messaging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanContextException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagingAuthenticationTest {

    private static final Map<String, Object> MESSAGING = Map.of(
        "samskap.messaging.bootstrap-servers", "127.0.0.1:9092",
        "samskap.messaging.consumer-group", "proposals");

    @Test
    void aDeployableWithoutAuthenticationSettingsSignsInWithNothing() {
        assertEquals(Map.of(), clientSettings(Map.of()));
    }

    @Test
    void aScramUserSignsInWithItsNameAndPasswordFromTheEnvironmentForm() {
        var settings = clientSettings(Map.of("samskap.messaging.authentication.mechanism", "SCRAM-SHA-512",
            "samskap.messaging.authentication.username", "proposals-kafka",
            "samskap.messaging.authentication.password", "s3cr\"t"));

        assertEquals("SASL_PLAINTEXT", settings.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", settings.get("sasl.mechanism"));
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"proposals-kafka\" "
            + "password=\"s3cr\\\"t\";", settings.get("sasl.jaas.config"));
    }

    @Test
    void anUnknownMechanismStopsTheStart() {
        var refusal = assertThrows(BeanContextException.class,
            () -> clientSettings(Map.of("samskap.messaging.authentication.mechanism", "PLAIN")));

        assertTrue(refusal.getMessage().contains("mechanism"), refusal.getMessage());
    }

    private static Map<String, Object> clientSettings(Map<String, Object> authentication) {
        var properties = new HashMap<>(MESSAGING);
        properties.putAll(authentication);
        try (var context = ApplicationContext.builder().properties(properties).start()) {
            return context.getBean(MessagingConfiguration.class).authentication().clientSettings();
        }
    }
}
