package no.samskap.platform;

import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service built on the platform, once behind a trusted proxy on 127.0.0.1 and once with no proxy trusted: the
 * headers every answer carries, refusals and errors included.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceSecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final TestTokens tokens = TestTokens.shared();
    private EmbeddedServer behindProxy;
    private EmbeddedServer exposed;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        var extra = new HashMap<String, Object>(tokens.applicationProperties());
        extra.put("platform-check.second-service", "on");
        extra.put("platform-check.probe", "on");
        extra.put("samskap.trusted-proxies", "10.0.0.7, 127.0.0.1");
        behindProxy = PlatformApplication.serve(infrastructure, infrastructure.freshSchema("headers_proxied"), extra);
        extra.put("samskap.trusted-proxies", "10.0.0.7");
        exposed = PlatformApplication.serve(infrastructure, infrastructure.freshSchema("headers_exposed"), extra);
    }

    @AfterAll
    void stop() {
        behindProxy.getApplicationContext().close();
        exposed.getApplicationContext().close();
    }

    @Test
    void forbidsEveryBrowserFeatureOnAnswersRefusalsAndErrorsAlike() throws Exception {
        var resident = Map.of("Authorization", "Bearer " + tokens.resident("headers-resident", "1833"));
        for (var answer : new HttpResponse<?>[] {
            get(exposed, "/offers", resident),
            get(exposed, "/offers", Map.of()),
            get(exposed, "/no-such-address", resident),
            get(exposed, "/probe/broken", Map.of()),
            get(exposed, "/offers", Map.of("X-Filler", "x".repeat(20_000))),
            get(exposed, "/offers?x=" + "y".repeat(20_000), Map.of())}) {
            var policy = answer.headers().firstValue("Permissions-Policy").orElse("");
            assertAll(answer.uri() + " " + answer.statusCode(),
                () -> assertTrue(policy.contains("camera=()"), policy),
                () -> assertTrue(policy.contains("geolocation=()"), policy),
                () -> assertTrue(policy.contains("microphone=()"), policy),
                () -> assertEquals(Optional.of("nosniff"), answer.headers().firstValue("X-Content-Type-Options")));
        }
    }

    @Test
    void asksForHttpsOnlyWhenATrustedProxySaysTheRequestCameOverTls() throws Exception {
        var overTls = Map.of("X-Forwarded-Proto", "https");

        assertAll(
            () -> assertEquals(Optional.of("max-age=31536000; includeSubDomains"),
                hsts(get(behindProxy, "/offers", overTls))),
            () -> assertEquals(Optional.empty(), hsts(get(behindProxy, "/offers", Map.of("X-Forwarded-Proto", "http")))),
            () -> assertEquals(Optional.empty(), hsts(get(behindProxy, "/offers", Map.of()))),
            () -> assertEquals(Optional.empty(), hsts(get(exposed, "/offers", overTls))));
    }

    private static Optional<String> hsts(HttpResponse<?> answer) {
        return answer.headers().firstValue("Strict-Transport-Security");
    }

    private static HttpResponse<String> get(EmbeddedServer server, String path, Map<String, String> headers)
        throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
