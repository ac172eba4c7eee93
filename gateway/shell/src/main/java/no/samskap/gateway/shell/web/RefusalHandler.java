package no.samskap.gateway.shell.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Sends a browser that asks for a page it may not see to sign in, but answers every {@code /api/} request with a
 * problem+json 401 or 403: a script or service calling the API must never receive Keycloak's login page.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class RefusalHandler extends DefaultAuthorizationExceptionHandler {

    RefusalHandler(ErrorResponseProcessor<?> errorResponseProcessor, RedirectConfiguration redirectConfiguration,
                   RedirectService redirectService,
                   List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challengeProviders,
                   @Nullable PriorToLoginPersistence priorToLoginPersistence) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, challengeProviders,
            priorToLoginPersistence);
    }

    @Override
    protected boolean shouldRedirect(HttpRequest<?> request, AuthorizationException exception) {
        return !isApi(request.getPath()) && super.shouldRedirect(request, exception);
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
