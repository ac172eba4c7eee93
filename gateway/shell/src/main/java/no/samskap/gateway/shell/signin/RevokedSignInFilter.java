package no.samskap.gateway.shell.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * Refuses a sign-in that was revoked ({@link SignInRevocation}) before Micronaut reads it: the browser's cookies are
 * expired and it is sent to the same address again, now as a visitor; anything but a page read is refused with 401.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RevokedSignInFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RevokedSignInFilter.class);

    private final SignInCookies cookies;
    private final SignInRevocation revocation;

    RevokedSignInFilter(SignInCookies cookies, SignInRevocation revocation) {
        this.cookies = cookies;
        this.revocation = revocation;
    }

    // On the request's own thread, like BlockedPersonWrites: one primary-key lookup. Resuming the chain on another
    // thread made Micronaut 4.10 subscribe to a form's body twice further on (an AssertionError and a 500 in tests).
    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseRevokedSignIns(HttpRequest<?> request) {
        var idToken = cookies.read(cookies.idTokenCookie(), request);
        if (idToken.isEmpty() || !revocation.isRevoked(idToken.get())) {
            return null;
        }
        return refusal(request);
    }

    private MutableHttpResponse<?> refusal(HttpRequest<?> request) {
        LOG.info("Refused a revoked sign-in on {} {}.", request.getMethod(), request.getPath());
        MutableHttpResponse<?> response = request.getMethod() == HttpMethod.GET
            ? HttpResponse.seeOther(URI.create(request.getPath()))
            : HttpResponse.status(HttpStatus.UNAUTHORIZED);
        cookies.expireAll(request, response);
        return response;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before() - 1;
    }
}
