package no.samskap.gateway.shell.signin;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.oauth2.client.DefaultOpenIdProviderMetadata;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;

/** Keycloak's token endpoint, for the refresh grant (Micronaut itself only does the authorization code grant). */
@Singleton
final class KeycloakTokens {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final BeanProvider<DefaultOpenIdProviderMetadata> provider;
    private final OauthClientConfiguration client;

    KeycloakTokens(@Client HttpClient http,
                   @Named(IdentityProvider.NAME) BeanProvider<DefaultOpenIdProviderMetadata> provider,
                   @Named(IdentityProvider.NAME) OauthClientConfiguration client) {
        this.http = http;
        this.provider = provider;
        this.client = client;
    }

    Mono<TokenSet> refresh(String refreshToken) {
        return Mono.defer(() -> {
            var request = HttpRequest.POST(provider.get().getTokenEndpoint(),
                    Map.of("grant_type", "refresh_token", "refresh_token", refreshToken))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .basicAuth(client.getClientId(), client.getClientSecret());
            return Mono.from(http.retrieve(request, TokenSet.class));
        }).timeout(TIMEOUT);
    }
}
