package no.samskap.seeds;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeedClientTest {

    private final List<String> signIns = new CopyOnWriteArrayList<>();
    private final HttpServer keycloakAndService = started();

    @AfterEach
    void stop() {
        keycloakAndService.stop(0);
    }

    @Test
    void loadersShareAUsersTokenUntilShortlyBeforeItExpiresSoEachUserSignsInOnce() {
        for (int loader = 0; loader < 3; loader++) {
            var client = new SeedClient(base().resolve("/token"), "samskap-test", user -> "secret");
            client.exchange(base(), "lasting", "GET", "/ideas", null);
            client.exchange(base(), "brief", "GET", "/ideas", null);
        }

        assertEquals(1, signIns.stream().filter("lasting"::equals).count(), "a token for five minutes is kept");
        assertEquals(3, signIns.stream().filter("brief"::equals).count(),
            "a token about to expire is not kept: each loader signs in anew");
    }

    private HttpServer started() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/token", exchange -> {
                var form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var user = form.replaceAll(".*username=([^&]+).*", "$1");
                signIns.add(user);
                var lifetime = user.equals("lasting") ? 300 : 20;
                answer(exchange, "{\"access_token\":\"token-of-" + user + "\",\"expires_in\":" + lifetime + "}");
            });
            server.createContext("/", exchange -> answer(exchange, "[]"));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + keycloakAndService.getAddress().getPort());
    }
}
