package no.samskap.gateway.shell.signin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.oauth2.endpoint.authorization.request.AuthorizationRequest;
import io.micronaut.security.oauth2.endpoint.authorization.request.DefaultAuthorizationRedirectHandler;
import io.micronaut.security.oauth2.endpoint.authorization.request.OpenIdAuthorizationRequest;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.SignInAddress;

import java.util.Map;

/**
 * Tells Keycloak what its sign-in page should say: the language the person reads Samskap in ({@code ui_locales},
 * ADR 0028) and, when they came from a municipality's page, that municipality ({@code organization:<kommunenummer>}
 * in the scope, ADR 0059). Micronaut takes both only from configuration, the same for everyone, and its authorization
 * request keeps the HTTP request to itself, so they come from the request being served.
 */
@Singleton
@Replaces(DefaultAuthorizationRedirectHandler.class)
final class SignInPageHints extends DefaultAuthorizationRedirectHandler {

    private final SignInOrganizations organizations;

    SignInPageHints(SignInOrganizations organizations) {
        this.organizations = organizations;
    }

    @Override
    protected void populateUiLocales(OpenIdAuthorizationRequest authorizationRequest, Map<String, Object> parameters) {
        ServerRequestContext.currentRequest()
            .map(LanguageChoice::of)
            .ifPresentOrElse(
                language -> parameters.put(OpenIdAuthorizationRequest.PARAMETER_UI_LOCALES, language.tag()),
                () -> super.populateUiLocales(authorizationRequest, parameters));
    }

    @Override
    protected void populateScope(AuthorizationRequest authorizationRequest, Map<String, Object> parameters) {
        super.populateScope(authorizationRequest, parameters);
        ServerRequestContext.currentRequest()
            .flatMap(request -> request.getParameters().getFirst(SignInAddress.MUNICIPALITY_PARAMETER))
            .flatMap(organizations::scopeFor)
            .ifPresent(scope -> parameters.merge(AuthorizationRequest.PARAMETER_SCOPE, scope,
                (scopes, more) -> scopes + " " + more));
    }
}
