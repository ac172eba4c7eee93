package no.samskap.launcher;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void explainsItselfOnHelp() {
        assertEquals(0, Launcher.run(new String[] {"--help"}, Map.of(), out));
        assertTrue(text().contains("--check"), text());
    }

    @Test
    void refusesAnUnknownOptionWithExitCode2() {
        assertEquals(2, Launcher.run(new String[] {"--chek"}, Map.of(), out));
        assertTrue(text().startsWith("Unknown option: --chek"), text());
    }

    @Test
    void stopsWithExitCode1WhenAPortSettingIsWrong() {
        assertEquals(1, Launcher.run(new String[] {"--check"}, Map.of("SAMSKAP_GATEWAY_PORT", "x"), out));
        assertTrue(text().startsWith("[samskap] gateway failed: SAMSKAP_GATEWAY_PORT must be a port number"), text());
    }

    @Test
    void stopsWithExitCode1WhenTheRestartAttemptsAreNotANumber() {
        assertEquals(1, Launcher.run(new String[] {"--check"}, Map.of("SAMSKAP_RESTART_ATTEMPTS", "many"), out));
        assertTrue(text().startsWith("[samskap] launcher failed: SAMSKAP_RESTART_ATTEMPTS must be a whole number"),
            text());
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
