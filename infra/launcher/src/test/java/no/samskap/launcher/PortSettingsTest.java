package no.samskap.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortSettingsTest {

    @Test
    void namesTheVariableAfterThePart() {
        assertEquals("SAMSKAP_GATEWAY_PORT", PortSettings.variableFor("gateway"));
        assertEquals("SAMSKAP_KAFKA_PORT", PortSettings.variableFor("Kafka"));
        assertEquals("SAMSKAP_PUBLIC_WEB_PORT", PortSettings.variableFor("public-web"));
    }

    @Test
    void usesTheDefaultWhenNoPortIsChosen() {
        assertEquals(8080, new PortSettings(Map.of()).portFor("gateway", 8080));
        assertEquals(8080, new PortSettings(Map.of("SAMSKAP_GATEWAY_PORT", " ")).portFor("gateway", 8080));
    }

    @Test
    void takesThePortFromTheVariable() {
        assertEquals(18080, new PortSettings(Map.of("SAMSKAP_GATEWAY_PORT", "18080")).portFor("gateway", 8080));
    }

    @Test
    void refusesAPortThatIsNotANumberAndSaysWhichVariable() {
        var failure = assertThrows(StartFailure.class,
            () -> new PortSettings(Map.of("SAMSKAP_GATEWAY_PORT", "eighty")).portFor("gateway", 8080));
        assertEquals("gateway", failure.part());
        assertEquals("gateway failed: SAMSKAP_GATEWAY_PORT must be a port number from 1 to 65535, not 'eighty'.",
            failure.lines().get(0));
    }

    @Test
    void refusesAPortOutOfRange() {
        var failure = assertThrows(StartFailure.class,
            () -> new PortSettings(Map.of("SAMSKAP_PROPOSALS_PORT", "70000")).portFor("proposals", 8081));
        assertTrue(failure.getMessage().contains("SAMSKAP_PROPOSALS_PORT"));
    }
}
