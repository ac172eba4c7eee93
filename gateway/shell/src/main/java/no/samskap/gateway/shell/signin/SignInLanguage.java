package no.samskap.gateway.shell.signin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.oauth2.endpoint.authorization.request.DefaultAuthorizationRedirectHandler;
import io.micronaut.security.oauth2.endpoint.authorization.request.OpenIdAuthorizationRequest;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.LanguageChoice;

import java.util.Map;

/**
 * Asks Keycloak to show its sign-in page in the language the person reads Samskap in ({@code ui_locales}). Micronaut
 * takes {@code ui_locales} only from configuration, the same for everyone, and its authorization request keeps the
 * HTTP request to itself, so the language comes from the request being served.
 */
@Singleton
@Replaces(DefaultAuthorizationRedirectHandler.class)
final class SignInLanguage extends DefaultAuthorizationRedirectHandler {

    @Override
    protected void populateUiLocales(OpenIdAuthorizationRequest authorizationRequest, Map<String, Object> parameters) {
        ServerRequestContext.currentRequest()
            .map(LanguageChoice::of)
            .ifPresentOrElse(
                language -> parameters.put(OpenIdAuthorizationRequest.PARAMETER_UI_LOCALES, language.tag()),
                () -> super.populateUiLocales(authorizationRequest, parameters));
    }
}
