package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SecurityHeadersFilterTest {

    @Test
    void allowsFormsToContinueOnlyToThisSiteAndTheIdentityProvidersOrigin() {
        var policy = new SecurityHeadersFilter(URI.create("https://login.rana.kommune.no/realms/samskap"));

        assertEquals(SecurityHeadersFilter.policyAllowingFormsTo("https://login.rana.kommune.no"),
            policyOf(policy));
    }

    @Test
    void keepsTheIdentityProvidersPortInItsOrigin() {
        var policy = new SecurityHeadersFilter(URI.create("http://127.0.0.1:8180/realms/samskap"));

        assertEquals(SecurityHeadersFilter.policyAllowingFormsTo("http://127.0.0.1:8180"), policyOf(policy));
    }

    private static String policyOf(SecurityHeadersFilter filter) {
        var response = HttpResponse.ok();
        filter.addSecurityHeaders(response);
        return response.getHeaders().get("Content-Security-Policy");
    }
}
