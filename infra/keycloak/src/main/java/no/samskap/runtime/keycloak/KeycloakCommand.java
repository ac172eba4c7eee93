package no.samskap.runtime.keycloak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How {@code bin/kc.sh} is run: dev mode on loopback ports, with the realm imported and an in-memory database. */
final class KeycloakCommand {

    static final String ADMIN_USERNAME = "admin";

    /**
     * Options Keycloak bakes into its build; changing them makes the next start rebuild. An in-memory database
     * means every start imports the realm file as it is now, and two servers from one installation share nothing.
     */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-mem", "--health-enabled=true");

    private final Path installation;
    private final int httpPort;
    private final int managementPort;
    private final String adminPassword;
    private final Path javaHome;

    KeycloakCommand(Path installation, int httpPort, int managementPort, String adminPassword, Path javaHome) {
        this.installation = installation;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.adminPassword = adminPassword;
        this.javaHome = javaHome;
    }

    static Path javaHome(Map<String, String> environment, String currentJavaHome) {
        var configured = environment.get("JAVA_HOME");
        if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured, "bin", "java"))) {
            return Path.of(configured);
        }
        return Path.of(currentJavaHome);
    }

    List<String> arguments() {
        var arguments = new ArrayList<>(List.of(
            KeycloakDistribution.launcher(installation).toString(),
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=" + httpPort,
            "--http-management-port=" + managementPort,
            // A fixed hostname keeps `iss` the same whether a token was asked for via localhost or 127.0.0.1.
            "--hostname=" + baseUrl(),
            // Dev mode turns the theme cache off, and with it Keycloak's gzip of theme CSS; the theme is copied in
            // before every start, so caching it loses nothing.
            "--spi-theme--cache-themes=true",
            "--import-realm"));
        arguments.addAll(BUILD_OPTIONS);
        return List.copyOf(arguments);
    }

    /** The caller's environment without anything that would change how Keycloak or its JVM is set up. */
    Map<String, String> environment(Map<String, String> inherited) {
        var environment = new HashMap<>(inherited);
        environment.keySet().removeIf(KeycloakCommand::changesKeycloak);
        environment.put("JAVA_HOME", javaHome.toString());
        environment.put("JAVA", javaHome.resolve("bin").resolve("java").toString());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        return environment;
    }

    ProcessBuilder processBuilder() {
        var builder = new ProcessBuilder(arguments()).directory(installation.toFile());
        var environment = builder.environment();
        var wanted = environment(Map.copyOf(environment));
        environment.clear();
        environment.putAll(wanted);
        return builder;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    String readinessUrl() {
        return "http://127.0.0.1:" + managementPort + "/health/ready";
    }

    int httpPort() {
        return httpPort;
    }

    int managementPort() {
        return managementPort;
    }

    private static boolean changesKeycloak(String variable) {
        return variable.startsWith("KC_") || variable.startsWith("KEYCLOAK_") || variable.startsWith("JAVA_OPTS")
            || variable.startsWith("QUARKUS_")
            || List.of("JAVA", "JAVA_HOME", "JAVA_ADD_OPENS", "JAVA_LOCALE", "DEBUG", "DEBUG_PORT", "PRINT_ENV")
                .contains(variable);
    }
}
