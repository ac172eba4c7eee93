package no.samskap.launcher;

import no.samskap.runtime.keycloak.KeycloakServer;

import java.nio.file.Path;

/** How the launcher starts Keycloak: {@link KeycloakServer#start}, or a stand-in in tests. */
@FunctionalInterface
interface KeycloakStart {

    KeycloakStart REAL = KeycloakServer::start;

    KeycloakServer start(Path installation, int httpPort, String adminPassword, Path logFile);
}
