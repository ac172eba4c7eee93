package no.samskap.launcher;

import no.samskap.runtime.keycloak.KeycloakServer;
import no.samskap.runtime.keycloak.SamskapRealm;

import java.util.Optional;

/**
 * Where the services check access tokens, and what the gateway logs people in with.
 *
 * @param gatewayClient the gateway's client at this provider, when the launcher knows it
 * @param startedKeycloak present when the launcher started Keycloak itself
 */
record IdentityProvider(String issuerUrl, String jwksUrl, String audience, Optional<Client> gatewayClient,
                        Optional<StartedKeycloak> startedKeycloak) {

    static IdentityProvider startedHere(KeycloakServer keycloak, String adminPassword) {
        return new IdentityProvider(keycloak.issuerUrl(), keycloak.jwksUrl(), SamskapRealm.AUDIENCE,
            Optional.of(new Client(SamskapRealm.GATEWAY_CLIENT_ID, SamskapRealm.GATEWAY_CLIENT_SECRET)),
            Optional.of(new StartedKeycloak(keycloak.baseUrl(), KeycloakServer.ADMIN_USERNAME, adminPassword)));
    }

    record Client(String id, String secret) {
    }

    record StartedKeycloak(String baseUrl, String adminUsername, String adminPassword) {

        String adminConsoleUrl() {
            return baseUrl + "/admin/";
        }
    }
}
