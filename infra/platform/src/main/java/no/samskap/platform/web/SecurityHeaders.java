package no.samskap.platform.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers every answer of every deployable carries: no browser feature (camera, microphone, location, payment and the
 * rest) for any page, and, once a request came over TLS, HSTS so the browser never tries plain HTTP again. HSTS only
 * then, because a browser ignores it over plain HTTP and a local start has no certificate.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class SecurityHeaders implements Ordered {

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(),"
        + " encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(),"
        + " payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(),"
        + " xr-spatial-tracking=()";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private final TrustedProxies proxies;

    SecurityHeaders(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @ResponseFilter
    void addSecurityHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        addUnconditionalHeaders(response);
        if (proxies.cameOverTls(request)) {
            response.getHeaders().set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    /** The headers every answer carries whatever the request, for answers made where no filter runs. */
    public static void addUnconditionalHeaders(MutableHttpResponse<?> response) {
        response.getHeaders().set("Permissions-Policy", PERMISSIONS_POLICY);
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
    }

    /** Outermost, so refusals by the security filters inside get the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
