package no.samskap.gateway.shell.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import no.samskap.gateway.shell.web.ApiBearer;
import no.samskap.platform.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Answers 401 when an API request's bearer token did not hold (forged, expired, for another audience or issuer,
 * unsigned, or not an access token), also on routes open to visitors: a client that sent a token must learn that it
 * failed rather than be served as anonymous. Routes that need a sign-in were refused already by the security filter.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RefusedBearerFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedBearerFilter.class);

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseBearerTokensThatDidNotHold(HttpRequest<?> request) {
        if (ApiBearer.of(request).isEmpty() || request.getUserPrincipal(Authentication.class).isPresent()) {
            return null;
        }
        LOG.info("Refused {} {}: its bearer token did not hold.", request.getMethod(), request.getPath());
        var problem = new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", HttpStatus.UNAUTHORIZED.getCode(),
            "The bearer token is not a valid access token from this municipality's identity provider for Samskap's"
                + " services; get a new one.", request.getPath(), List.of());
        return HttpResponse.<Problem>status(HttpStatus.UNAUTHORIZED)
            .contentType(Problem.MEDIA_TYPE)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
            .body(problem);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
