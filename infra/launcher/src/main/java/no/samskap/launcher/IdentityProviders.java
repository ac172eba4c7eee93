package no.samskap.launcher;

import no.samskap.runtime.LocalRuntimeException;
import no.samskap.runtime.keycloak.GatewayClientOrigins;
import no.samskap.runtime.keycloak.KeycloakServer;
import no.samskap.runtime.keycloak.SamskapRealm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The identity provider every service checks tokens against: Keycloak with the samskap realm, run from the
 * distribution in the local Maven repository, or a provider the developer names with {@code SAMSKAP_OIDC_ISSUER}.
 */
final class IdentityProviders {

    static final String KEYCLOAK = "Keycloak";
    static final int KEYCLOAK_DEFAULT_PORT = 8180;
    static final String ISSUER_VARIABLE = "SAMSKAP_OIDC_ISSUER";
    static final String JWKS_VARIABLE = "SAMSKAP_OIDC_JWKS_URL";
    static final String ADMIN_PASSWORD_VARIABLE = "SAMSKAP_KEYCLOAK_ADMIN_PASSWORD";
    private static final String DEV_ADMIN_PASSWORD = "admin";
    /** Where the realm file lets the gateway client send people back to. */
    static final String REALM_FILE_GATEWAY_ORIGIN = "http://127.0.0.1:8080";

    private final RepositoryLayout layout;
    private final Map<String, String> environment;
    private final Progress progress;
    private final StartedParts started;
    private final BooleanSupplier stopping;
    private final KeycloakStart keycloakStart;

    IdentityProviders(RepositoryLayout layout, Map<String, String> environment, Progress progress,
                      StartedParts started, BooleanSupplier stopping, KeycloakStart keycloakStart) {
        this.layout = layout;
        this.environment = environment;
        this.progress = progress;
        this.started = started;
        this.stopping = stopping;
        this.keycloakStart = keycloakStart;
    }

    boolean isExternal() {
        return setting(ISSUER_VARIABLE).isPresent();
    }

    /** The provider {@code SAMSKAP_OIDC_ISSUER} names, if any; with the gateway's client when both parts are set. */
    Optional<IdentityProvider> external() {
        var issuer = setting(ISSUER_VARIABLE);
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        var jwks = setting(JWKS_VARIABLE).orElseThrow(() -> new StartFailure("identity provider", ISSUER_VARIABLE
            + " is set, so " + JWKS_VARIABLE + " must name its signing keys too (for a Keycloak realm: <issuer>"
            + "/protocol/openid-connect/certs). Unset " + ISSUER_VARIABLE + " to use the built-in Keycloak."));
        var clientId = setting("SAMSKAP_OIDC_CLIENT_ID");
        var clientSecret = setting("SAMSKAP_OIDC_CLIENT_SECRET");
        var gatewayClient = clientId.isPresent() && clientSecret.isPresent()
            ? Optional.of(new IdentityProvider.Client(clientId.get(), clientSecret.get()))
            : Optional.<IdentityProvider.Client>empty();
        return Optional.of(new IdentityProvider(issuer.get(), jwks,
            setting("SAMSKAP_OIDC_AUDIENCE").orElse(SamskapRealm.AUDIENCE), gatewayClient, Optional.empty()));
    }

    /**
     * A chosen port must be free and not claimed by another part; else 8180, or any free port when 8180 is taken.
     *
     * @param claimed ports other parts will listen on, and which part
     */
    int keycloakPort(PortSettings ports, Map<Integer, String> claimed) {
        var variable = PortSettings.variableFor(KEYCLOAK);
        var chosen = ports.chosenPortFor(KEYCLOAK);
        if (chosen.isEmpty()) {
            var usable = !claimed.containsKey(KEYCLOAK_DEFAULT_PORT) && Ports.isFree(KEYCLOAK_DEFAULT_PORT);
            return usable ? KEYCLOAK_DEFAULT_PORT : 0;
        }
        var port = chosen.getAsInt();
        if (claimed.containsKey(port)) {
            throw StartFailure.portShared(KEYCLOAK, port, claimed.get(port), variable);
        }
        if (!Ports.isFree(port)) {
            throw StartFailure.portTaken(KEYCLOAK, port, variable);
        }
        return port;
    }

    /** @param keycloakPort 0 for any free port; unused when the provider is external */
    IdentityProvider start(int keycloakPort) {
        var external = external();
        if (external.isPresent()) {
            progress.line("Keycloak not started: the services check tokens from " + external.get().issuerUrl()
                + " (" + ISSUER_VARIABLE + ")");
            return external.get();
        }
        return startKeycloak(keycloakPort);
    }

    private IdentityProvider startKeycloak(int port) {
        var installation = layout.keycloakInstallation();
        var logFile = layout.logFile("keycloak");
        if (!Files.isDirectory(installation)) {
            progress.line("Keycloak is unpacked into " + layout.relativeDisplay(installation)
                + " and built on its first start; that takes up to a minute.");
        }
        var step = progress.begin(KEYCLOAK);
        try {
            var adminPassword = setting(ADMIN_PASSWORD_VARIABLE).orElse(DEV_ADMIN_PASSWORD);
            var server = keycloakStart.start(installation, port, adminPassword, logFile);
            started.add(KEYCLOAK, () -> {
                server.stop();
                return "stopped";
            });
            step.done("ready", server.baseUrl() + ", realm " + SamskapRealm.NAME + ", log in "
                + layout.relativeDisplay(logFile));
            return IdentityProvider.startedHere(server, adminPassword);
        } catch (RuntimeException | LinkageError e) {
            throw failure(step, e, logFile);
        }
    }

    /**
     * The realm file lets the gateway client send people back only to port 8080; a gateway on another port is added
     * to the Keycloak started here. An external provider is the developer's to configure.
     */
    void allowSignInBackTo(IdentityProvider provider, String gatewayOrigin) {
        provider.startedKeycloak()
            .filter(keycloak -> !gatewayOrigin.equals(REALM_FILE_GATEWAY_ORIGIN))
            .ifPresent(keycloak -> new GatewayClientOrigins(keycloak.baseUrl(), keycloak.adminUsername(),
                keycloak.adminPassword()).allow(gatewayOrigin));
    }

    /** Keycloak's own shutdown hook stops it on Ctrl-C, so a start cut short fails like any other. */
    private StartFailure failure(Progress.Step step, Throwable e, Path logFile) {
        if (stopping.getAsBoolean()) {
            step.endedAs("cancelled");
            return StartFailure.stopping(KEYCLOAK);
        }
        step.failed();
        var advice = advice();
        return e instanceof LocalRuntimeException known
            ? StartFailure.from(known, advice, logFile)
            : new StartFailure(KEYCLOAK, List.of(KEYCLOAK + " failed: " + e, advice), e);
    }

    private String advice() {
        return "Keycloak " + KeycloakServer.VERSION + " runs from org.keycloak:keycloak-quarkus-dist in the local "
            + "Maven repository (building the launcher downloads it), unpacked into "
            + layout.relativeDisplay(layout.keycloakInstallation()) + "; deleting that folder unpacks it afresh. "
            + "Choose another port with " + PortSettings.variableFor(KEYCLOAK) + ", or set " + ISSUER_VARIABLE
            + " and " + JWKS_VARIABLE + " to use an identity provider you have.";
    }

    private Optional<String> setting(String variable) {
        var value = environment.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
