package no.samskap.gateway.shell.signin;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import no.samskap.gateway.shell.web.BrowserCookies;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Renews a signed-in browser's tokens with its refresh token before Micronaut reads them, when the ID or access
 * token is gone or has less than {@value #MARGIN_SECONDS} s left, and sends the new ones back as cookies. Keycloak
 * refusing the refresh token (the session ended or was revoked) signs the browser out here as well.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class TokenRenewalFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRenewalFilter.class);
    private static final long MARGIN_SECONDS = 30;
    private static final Duration MARGIN = Duration.ofSeconds(MARGIN_SECONDS);
    private static final List<String> NEVER_RENEWED_UNDER = List.of("/assets/", "/oauth/", "/health", "/prometheus");

    private final SignInCookies cookies;
    private final KeycloakTokens keycloak;
    private final Clock clock;

    TokenRenewalFilter(SignInCookies cookies, KeycloakTokens keycloak, Clock clock) {
        this.cookies = cookies;
        this.keycloak = keycloak;
        this.clock = clock;
    }

    // A continuation, because Micronaut 4.10 loses the request when a filter's future completes later with null.
    @RequestFilter
    Publisher<MutableHttpResponse<?>> renewTokensAboutToRunOut(HttpRequest<?> request,
                                                               FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        var refreshToken = cookies.read(SignInCookies.REFRESH_TOKEN, request);
        if (refreshToken.isEmpty() || isExempt(request.getPath()) || !needsRenewal(request)) {
            return next.proceed();
        }
        return renew(refreshToken.get()).flatMap(renewal -> {
            renewal.ifPresent(renewed -> renewed.attachTo(request));
            return Mono.from(next.proceed())
                .doOnNext(response -> renewal.ifPresent(renewed -> storeIn(response, renewed, request)));
        });
    }

    private void storeIn(MutableHttpResponse<?> response, Renewal renewal, HttpRequest<?> request) {
        // Whoever answered already decided about the sign-in cookies, for example by signing out.
        if (BrowserCookies.sets(response, cookies.idTokenCookie())) {
            return;
        }
        if (renewal.hasEnded()) {
            cookies.expireAll(request, response);
        } else {
            cookies.forTokens(renewal.tokens(), request).forEach(response::cookie);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    /** Nothing when Keycloak could not be asked; the browser then keeps the tokens it has. */
    private Mono<Optional<Renewal>> renew(String refreshToken) {
        return keycloak.refresh(refreshToken)
            .map(tokens -> Optional.of(Renewal.renewed(tokens)))
            .onErrorResume(failure -> Mono.just(afterFailure(failure)));
    }

    private static Optional<Renewal> afterFailure(Throwable failure) {
        if (failure instanceof HttpClientResponseException refused && refused.getStatus().getCode() < 500) {
            LOG.info("Keycloak refused to renew a browser's tokens ({}); signing that browser out.",
                refused.getStatus().getCode());
            return Optional.of(Renewal.sessionEnded());
        }
        LOG.warn("Could not renew a browser's tokens at Keycloak; it keeps the ones it has.", failure);
        return Optional.empty();
    }

    private boolean needsRenewal(HttpRequest<?> request) {
        return List.of(cookies.idTokenCookie(), SignInCookies.ACCESS_TOKEN).stream()
            .anyMatch(name -> cookies.read(name, request)
                .map(token -> TokenExpiry.expiresWithin(token, MARGIN, clock))
                .orElse(true));
    }

    private static boolean isExempt(String path) {
        return NEVER_RENEWED_UNDER.stream().anyMatch(path::startsWith);
    }
}
