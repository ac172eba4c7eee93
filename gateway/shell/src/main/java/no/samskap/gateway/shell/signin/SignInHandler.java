package no.samskap.gateway.shell.signin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.oauth2.endpoint.token.response.IdTokenLoginHandler;
import io.micronaut.security.oauth2.endpoint.token.response.OauthAuthenticationMapper;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.LoginCookieProvider;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Micronaut's ID token login, which keeps only the ID token, plus the access and refresh tokens Keycloak gave at
 * the same time: the gateway relays the first to services and renews everything with the second.
 */
@Singleton
@Replaces(IdTokenLoginHandler.class)
@Requires(property = "micronaut.security.authentication", value = "idtoken")
final class SignInHandler extends IdTokenLoginHandler {

    private final SignInCookies signInCookies;

    SignInHandler(AccessTokenCookieConfiguration idTokenCookie, RedirectConfiguration redirectConfiguration,
                  RedirectService redirectService,
                  @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                  List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders, SignInCookies signInCookies) {
        super(idTokenCookie, redirectConfiguration, redirectService, priorToLoginPersistence, loginCookieProviders);
        this.signInCookies = signInCookies;
    }

    @Override
    public List<Cookie> getCookies(Authentication authentication, HttpRequest<?> request) {
        var cookies = new ArrayList<>(super.getCookies(authentication, request));
        cookies.addAll(signInCookies.forTokens(null,
            attribute(authentication, OauthAuthenticationMapper.ACCESS_TOKEN_KEY),
            attribute(authentication, OauthAuthenticationMapper.REFRESH_TOKEN_KEY), request));
        return cookies;
    }

    private static @Nullable String attribute(Authentication authentication, String name) {
        return authentication.getAttributes().get(name) instanceof String value ? value : null;
    }
}
