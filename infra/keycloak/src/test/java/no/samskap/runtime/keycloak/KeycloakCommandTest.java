package no.samskap.runtime.keycloak;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeycloakCommandTest {

    private final KeycloakCommand command = new KeycloakCommand(Path.of("/opt/kc"), 8180, 9123, "secret",
        Path.of("/usr/lib/jvm/java-17"));

    @Test
    void startsKcShInDevModeOnLoopbackWithTheRealmImported() {
        var arguments = command.arguments();

        assertEquals("/opt/kc/bin/kc.sh", arguments.get(0));
        assertEquals("start-dev", arguments.get(1));
        assertTrue(arguments.contains("--http-host=127.0.0.1"));
        assertTrue(arguments.contains("--http-port=8180"));
        assertTrue(arguments.contains("--http-management-port=9123"));
        assertTrue(arguments.contains("--import-realm"));
        assertTrue(arguments.contains("--health-enabled=true"));
        assertTrue(arguments.contains("--db=dev-mem"));
    }

    @Test
    void fixesTheHostnameSoTheIssuerDoesNotDependOnHowKeycloakIsReached() {
        assertTrue(command.arguments().contains("--hostname=http://127.0.0.1:8180"));
    }

    @Test
    void cachesThemesSoKeycloakServesTheirStylesheetsCompressed() {
        assertTrue(command.arguments().contains("--spi-theme--cache-themes=true"));
    }

    @Test
    void waitsForReadinessOnTheManagementPort() {
        assertEquals("http://127.0.0.1:9123/health/ready", command.readinessUrl());
    }

    @Test
    void passesTheAdminAndJavaButNoneOfTheCallersKeycloakSettings() {
        var environment = command.environment(Map.of(
            "PATH", "/usr/bin",
            "KC_DB", "postgres",
            "KEYCLOAK_ADMIN", "someone",
            "JAVA_OPTS", "-Xmx8g",
            "JAVA_HOME", "/opt/java-25"));

        assertEquals("/usr/bin", environment.get("PATH"));
        assertFalse(environment.containsKey("KC_DB"));
        assertFalse(environment.containsKey("KEYCLOAK_ADMIN"));
        assertFalse(environment.containsKey("JAVA_OPTS"));
        assertEquals("/usr/lib/jvm/java-17", environment.get("JAVA_HOME"));
        assertEquals("/usr/lib/jvm/java-17/bin/java", environment.get("JAVA"));
        assertEquals("admin", environment.get("KC_BOOTSTRAP_ADMIN_USERNAME"));
        assertEquals("secret", environment.get("KC_BOOTSTRAP_ADMIN_PASSWORD"));
    }

    @Test
    void runsTheJavaThatJavaHomeNamesElseTheCurrentOne() {
        var current = System.getProperty("java.home");

        assertEquals(Path.of(current), KeycloakCommand.javaHome(Map.of("JAVA_HOME", current), "/elsewhere"));
        assertEquals(Path.of(current), KeycloakCommand.javaHome(Map.of("JAVA_HOME", "/no/such/jdk"), current));
        assertEquals(Path.of(current), KeycloakCommand.javaHome(Map.of(), current));
    }
}
