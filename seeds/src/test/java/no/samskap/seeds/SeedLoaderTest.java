package no.samskap.seeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the loader against a stand-in Keycloak, proposals service and gateway on 127.0.0.1. */
class SeedLoaderTest {

    private static final DemoIdea ANSWERED = new DemoIdea("1833", "rana-resident", "Sommerkino i Byparken", "Utekino",
        "kino", List.of("rana-resident-2"), 10, new DemoIdea.Answer("accepted", "Ja"), null, false);

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String boardTitles = "";
    private int answerStatus = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", exchange -> answer(exchange, 200,
            "{\"access_token\":\"token-of-" + form(exchange).replaceAll(".*username=([^&]+).*", "$1") + "\"}"));
        server.createContext("/api/ideas", exchange -> answer(exchange, 200, "{\"ideas\":[" + boardTitles + "],\"next\":null}"));
        server.createContext("/ideas", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " as "
                + exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer token-of-".length()));
            var path = exchange.getRequestURI().getPath();
            answer(exchange, path.endsWith("/answer") ? answerStatus : path.equals("/ideas") ? 201 : 200,
                "{\"id\":\"idea-1\",\"status\":\"submitted\"}");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void livesAnIdeasWholeLifeThroughTheApiAsTheRightPeople() {
        var outcome = loader().load(List.of(ANSWERED), LocalDate.parse("2026-11-28"));

        assertEquals(new SeedLoader.Outcome(1, 0), outcome);
        assertEquals(List.of("POST /ideas as rana-resident", "POST /ideas/idea-1/publication as rana-staff",
            "PUT /ideas/idea-1/support as rana-resident-2", "POST /ideas/idea-1/assessment as rana-staff",
            "POST /ideas/idea-1/answer as rana-staff"), calls);
    }

    @Test
    void leavesAnIdeaAloneWhenItsTitleIsAlreadyOnTheBoard() {
        boardTitles = "{\"title\":\"Sommerkino i Byparken\"}";

        assertEquals(new SeedLoader.Outcome(0, 1), loader().load(List.of(ANSWERED), LocalDate.parse("2026-11-28")));
        assertTrue(calls.isEmpty());
    }

    @Test
    void namesTheIdeaAndTheStepWhenAServiceRefuses() {
        answerStatus = 409;

        var failure = assertThrows(SeedException.class, () -> loader().load(List.of(ANSWERED), LocalDate.parse("2026-11-28")));

        assertTrue(failure.getMessage().contains("answer 'Sommerkino i Byparken' as rana-staff: HTTP 409"), failure.getMessage());
    }

    private SeedLoader loader() {
        var base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new SeedLoader(new SeedLoader.Endpoints(base.resolve("/token"), "samskap-test-cli", base, base),
            user -> "demo-" + user, Map.of("1833", "rana-staff", "4618", "ullensvang-staff"));
    }

    private static String form(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
