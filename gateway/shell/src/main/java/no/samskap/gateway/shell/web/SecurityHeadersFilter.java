package no.samskap.gateway.shell.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.net.URI;

/**
 * Headers that keep a browser from running injected script, framing the gateway's pages, sniffing content types or
 * leaking addresses to other sites. Every response gets them, not only HTML: the content type is often decided after
 * filters run, and the policy costs a JSON client nothing. It names the identity provider under {@code form-action}
 * because the sign-out form redirects there, which browsers check against the policy. Images may be {@code data:}
 * addresses because Designsystemet draws its icons (breadcrumbs, alerts) as CSS masks of inline SVG; they run no script.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

    private final String contentSecurityPolicy;

    SecurityHeadersFilter(@Value("${micronaut.security.oauth2.clients.keycloak.openid.issuer}") URI issuer) {
        this.contentSecurityPolicy = policyAllowingFormsTo(originOf(issuer));
    }

    @ResponseFilter
    void addSecurityHeaders(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", contentSecurityPolicy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
    }

    /** Outermost, so that refusals by the security filters inside get the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    static String policyAllowingFormsTo(String identityProvider) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';"
            + " base-uri 'none'; form-action 'self' " + identityProvider + "; frame-ancestors 'none'";
    }

    private static String originOf(URI issuer) {
        var port = issuer.getPort() == -1 ? "" : ":" + issuer.getPort();
        return issuer.getScheme() + "://" + issuer.getHost() + port;
    }
}
