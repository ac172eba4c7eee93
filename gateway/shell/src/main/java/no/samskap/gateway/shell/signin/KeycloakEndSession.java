package no.samskap.gateway.shell.signin;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.oauth2.client.DefaultOpenIdProviderMetadata;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Where to send a browser so Keycloak ends its session too (OpenID RP-initiated logout), then back to the page that says the person is signed out.
 * Micronaut's own end-session support recognises Keycloak only by the {@code /auth/realms/} path Keycloak dropped in
 * version 17, and sends {@code redirect_uri}, which Keycloak 18 and later refuse; without this the Keycloak session
 * stays alive and the next sign-in happens without a password.
 */
@Singleton
final class KeycloakEndSession {

    private static final String LOGOUT_PATH = "/protocol/openid-connect/logout";

    private final BeanProvider<DefaultOpenIdProviderMetadata> provider;
    private final OauthClientConfiguration client;
    private final HttpHostResolver hosts;

    KeycloakEndSession(@Named(IdentityProvider.NAME) BeanProvider<DefaultOpenIdProviderMetadata> provider,
                       @Named(IdentityProvider.NAME) OauthClientConfiguration client, HttpHostResolver hosts) {
        this.provider = provider;
        this.client = client;
        this.hosts = hosts;
    }

    URI signOutUrl(HttpRequest<?> request, String idTokenHint) {
        var metadata = provider.get();
        var endpoint = metadata.getEndSessionEndpoint() != null
            ? metadata.getEndSessionEndpoint()
            : metadata.getIssuer() + LOGOUT_PATH;
        return UriBuilder.of(endpoint)
            .queryParam("id_token_hint", idTokenHint)
            .queryParam("post_logout_redirect_uri", hosts.resolve(request) + SignedOut.PATH)
            .queryParam("client_id", client.getClientId())
            .build();
    }
}
