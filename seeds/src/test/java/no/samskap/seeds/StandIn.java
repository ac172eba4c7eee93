package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in Keycloak and service on 127.0.0.1 for the loaders of the organisations service's demo data: it signs
 * anyone in (the token names the user), records each call as "METHOD path as user" with its body, and answers as
 * the test's handler says.
 */
final class StandIn implements AutoCloseable {

    static final JsonMapper JSON = new JsonMapper();

    interface Handler {
        Answer handle(String method, String path, String user, JsonNode body) throws IOException;
    }

    record Answer(int status, String body) {

        static Answer ok(Object body) {
            return new Answer(200, body.toString());
        }
    }

    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final Handler handler;

    static {
        // Otherwise each answer waits for a delayed ACK: headers and body go out as two small writes.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private StandIn(Handler handler) {
        this.handler = handler;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/token", exchange -> answer(exchange, new Answer(200,
            "{\"access_token\":\"" + tokenOf(text(exchange).replaceAll(".*username=([^&]+).*", "$1")) + "\"}")));
        server.createContext("/", this::serve);
        server.start();
    }

    /** Shaped as a JWT whose payload names the user: subject {@code subject-of-<user>}, name {@code Name <user>}. */
    private static String tokenOf(String user) {
        var payload = "{\"sub\":\"subject-of-" + user + "\",\"name\":\"Name " + user + "\"}";
        return "token-of-" + user + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
            payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    static StandIn start(Handler handler) {
        return new StandIn(handler);
    }

    URI tokenUrl() {
        return base().resolve("/token");
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void serve(HttpExchange exchange) throws IOException {
        var authorization = exchange.getRequestHeaders().getFirst("Authorization");
        var user = authorization == null ? "anyone"
            : authorization.substring("Bearer token-of-".length()).split("\\.")[0];
        var path = exchange.getRequestURI().getPath();
        calls.add(exchange.getRequestMethod() + " " + path + " as " + user);
        var text = text(exchange);
        var body = text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
        if (!text.isEmpty()) {
            bodies.add(body);
        }
        answer(exchange, handler.handle(exchange.getRequestMethod(), path, user, body));
    }

    private static String text(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
