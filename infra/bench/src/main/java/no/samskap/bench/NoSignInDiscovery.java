package no.samskap.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The gateway fetches its identity provider's discovery document when it starts and refuses to start without one.
 * Nobody signs in during the apply benchmark, so this answers with a document whose endpoints are never called,
 * on 127.0.0.1, instead of starting Keycloak.
 */
final class NoSignInDiscovery implements AutoCloseable {

    private final HttpServer server;
    private final String issuer;

    private NoSignInDiscovery(HttpServer server) {
        this.server = server;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/samskap";
    }

    static NoSignInDiscovery start() throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var discovery = new NoSignInDiscovery(server);
        server.createContext("/realms/samskap/.well-known/openid-configuration",
            exchange -> discovery.answer(exchange, discovery.document()));
        server.createContext("/realms/samskap/protocol/openid-connect/certs",
            exchange -> discovery.answer(exchange, "{\"keys\":[]}"));
        server.start();
        return discovery;
    }

    String issuer() {
        return issuer;
    }

    private String document() {
        return """
            {"issuer":"%1$s","authorization_endpoint":"%1$s/protocol/openid-connect/auth",
             "token_endpoint":"%1$s/protocol/openid-connect/token","jwks_uri":"%1$s/protocol/openid-connect/certs",
             "userinfo_endpoint":"%1$s/protocol/openid-connect/userinfo","response_types_supported":["code"],
             "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
             "code_challenge_methods_supported":["S256"],"scopes_supported":["openid"]}""".formatted(issuer);
    }

    private void answer(HttpExchange exchange, String json) throws IOException {
        var body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
