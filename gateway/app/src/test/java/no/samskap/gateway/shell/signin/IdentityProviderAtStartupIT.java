package no.samskap.gateway.shell.signin;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.gateway.StandInIdentityProvider;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
class IdentityProviderAtStartupIT {

    @Test
    void refusesToStartWhenTheIdentityProviderNeverAnswers(TestInfrastructure infrastructure) throws IOException {
        int port;
        try (var nothingListens = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = nothingListens.getLocalPort();
        }
        var properties = gatewayProperties(infrastructure, port, "1s");

        var failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class, properties));

        assertTrue(messagesOf(failure).contains("cannot sign anyone in"), messagesOf(failure));
    }

    @Test
    void waitsForAnIdentityProviderThatStartsAfterTheGateway(TestInfrastructure infrastructure) throws Exception {
        int port;
        CompletableFuture<EmbeddedServer> starting;
        try (var notReadyYet = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = notReadyYet.getLocalPort();
            var properties = gatewayProperties(infrastructure, port, "30s");
            starting = CompletableFuture.supplyAsync(() -> ApplicationContext.run(EmbeddedServer.class, properties));
            notReadyYet.setSoTimeout(30_000);
            // The gateway has asked once, and been turned away, before the identity provider starts.
            notReadyYet.accept().close();
        }
        try (var identityProvider = StandInIdentityProvider.startOn(port);
             var server = starting.join()) {
            var login = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/oauth/login/keycloak")).build(),
                HttpResponse.BodyHandlers.discarding());

            assertEquals(302, login.statusCode());
            assertTrue(login.headers().firstValue("Location").orElseThrow()
                .startsWith(identityProvider.authorizationEndpoint()));
            server.getApplicationContext().close();
        }
    }

    private static Map<String, Object> gatewayProperties(TestInfrastructure infrastructure, int identityProviderPort,
                                                         String discoveryTimeout) {
        var properties = new HashMap<String, Object>(
            infrastructure.applicationProperties(infrastructure.freshSchema("gateway")));
        properties.put("micronaut.server.port", -1);
        properties.put("samskap.sign-in.discovery-timeout", discoveryTimeout);
        properties.put("micronaut.security.oauth2.clients.keycloak.openid.issuer",
            "http://127.0.0.1:" + identityProviderPort + "/realms/samskap");
        return properties;
    }

    private static String messagesOf(Throwable failure) {
        var messages = new StringBuilder();
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append(" | ");
        }
        return messages.toString();
    }
}
