package no.samskap.bench.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenLoopTest {

    /** As large as the gateway's stylesheet, so that an answer takes several reads. */
    private static final byte[] STYLESHEET = new byte[75 * 1024];
    private static final Duration HARD_LIMIT = Duration.ofSeconds(60);

    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Set<SocketAddress> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger withTheCookie = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        handlers.shutdownNow();
    }

    @Test
    void readsAnswersWithAContentLengthToTheirEndAndKeepsItsConnections() throws Exception {
        serve(exchange -> answer(exchange, 200, STYLESHEET.length));

        sendsAllWithTheCookieOverFourKeptConnections();
    }

    @Test
    void readsChunkedAnswersToTheirEndAndKeepsItsConnections() throws Exception {
        serve(exchange -> answer(exchange, 200, 0));

        sendsAllWithTheCookieOverFourKeptConnections();
    }

    @Test
    void timesEachRequestFromWhenItWasDueSoAServerThatCannotKeepUpShowsItsQueue() throws Exception {
        serveAfter(50);

        // Two connections to a server taking 50 ms an answer hold 40 requests/s; 100/s are due.
        var run = send(100, Duration.ofMillis(500), 2, Duration.ofSeconds(5));

        assertEquals(OpenLoopRun.Failures.NONE, run.failed());
        assertTrue(run.p50Millis() > 200, "p50 " + run.p50Millis());
        assertTrue(run.maxMillis() > 500, "max " + run.maxMillis());
        assertTrue(run.sentPerSecond() < 60, "sent per second " + run.sentPerSecond());
    }

    @Test
    void countsAnAnswerOtherThan2xxAsFailed() throws Exception {
        serve(exchange -> answer(exchange, 500, STYLESHEET.length));

        var run = send(100, Duration.ofMillis(500), 2, Duration.ofSeconds(5));

        assertEquals(new OpenLoopRun.Failures(50, 0, 0), run.failed());
    }

    @Test
    void countsA503AsFailedAndSaysHowManyWere503() throws Exception {
        var answered = new AtomicInteger();
        serve(exchange -> answer(exchange, answered.incrementAndGet() % 2 == 0 ? 503 : 200, STYLESHEET.length));

        var run = send(100, Duration.ofMillis(500), 2, Duration.ofSeconds(5));

        assertEquals(new OpenLoopRun.Failures(25, 25, 0), run.failed());
        assertEquals("25: 25 were 503, 0 timed out", run.failed().described());
    }

    @Test
    void countsARequestNotAnsweredWithinTheTimeoutAsFailedAtTheTimeout() throws Exception {
        serveAfter(1_000);

        var run = send(10, Duration.ofMillis(500), 1, Duration.ofMillis(200));

        assertEquals(new OpenLoopRun.Failures(5, 0, 5), run.failed());
        assertEquals(200.0, run.maxMillis(), 1e-9);
    }

    @Test
    void waitsForALateAnswerOnItsOwnConnectionAndSendsNothingMoreWhileTheServerWorksOnIt() throws Exception {
        var received = new AtomicInteger();
        var working = new AtomicBoolean();
        var arrivedMeanwhile = new AtomicInteger();
        serve(exchange -> {
            if (working.get()) {
                arrivedMeanwhile.incrementAndGet();
            }
            if (received.incrementAndGet() == 1) {
                working.set(true);
                pause(1_000);
                working.set(false);
            }
            answer(exchange, 200, STYLESHEET.length);
        });

        // The first answer comes 700 ms after its timeout; requests due meanwhile wait for the connection.
        var run = send(10, Duration.ofSeconds(2), 1, Duration.ofMillis(300));

        assertEquals(1, connections.size(), "connections opened");
        assertEquals(0, arrivedMeanwhile.get(), "requests that arrived while the first was worked on");
        assertTrue(run.failed().timedOut() >= 1, run.failed().described());
        assertEquals(run.failed().total(), run.failed().timedOut(), run.failed().described());
        assertEquals(300.0, run.maxMillis(), 1e-9);
    }

    @Test
    void closesAConnectionWhoseAnswerHasNotComeByTheHardLimitAndGoesOnOverAnother() throws Exception {
        var received = new AtomicInteger();
        serve(exchange -> {
            if (received.incrementAndGet() == 1) {
                pause(2_000);
            }
            answer(exchange, 200, STYLESHEET.length);
        });

        var run = new OpenLoop(10, Duration.ZERO, Duration.ofSeconds(1), 1, Duration.ofMillis(100),
            Duration.ofMillis(300)).run(uri("/api/ideas"), List.of());

        assertEquals(2, connections.size(), "connections opened");
        assertTrue(run.failed().timedOut() >= 1, run.failed().described());
        assertTrue(run.sendingSeconds() < 1.5, "sending took " + run.sendingSeconds() + " s");
    }

    @Test
    void opensAConnectionAgainWhenTheServerClosesItAfterEachAnswer() throws Exception {
        serve(exchange -> {
            exchange.getResponseHeaders().set("Connection", "close");
            answer(exchange, 200, STYLESHEET.length);
        });

        var run = send(100, Duration.ofMillis(500), 2, Duration.ofSeconds(5));

        assertEquals(OpenLoopRun.Failures.NONE, run.failed());
        assertEquals(50, connections.size());
    }

    @Test
    void sendsARequestAgainOnANewConnectionWhenTheServerClosedTheKeptOneWithoutSaying() throws Exception {
        try (var silentlyClosing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            handlers.submit(() -> answerOnceAndClose(silentlyClosing));

            var run = new OpenLoop(40, Duration.ZERO, Duration.ofMillis(500), 2, Duration.ofSeconds(5), HARD_LIMIT)
                .run(URI.create("http://127.0.0.1:" + silentlyClosing.getLocalPort() + "/api/ideas"), List.of());

            assertEquals(OpenLoopRun.Failures.NONE, run.failed());
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void serve(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            connections.add(exchange.getRemoteAddress());
            if ("session=abc".equals(exchange.getRequestHeaders().getFirst("Cookie"))) {
                withTheCookie.incrementAndGet();
            }
            handler.handle(exchange);
        });
        server.start();
    }

    private void sendsAllWithTheCookieOverFourKeptConnections() {
        var run = new OpenLoop(200, Duration.ZERO, Duration.ofSeconds(1), 4, Duration.ofSeconds(5), HARD_LIMIT)
            .run(uri("/assets/samskap.css"), List.of("Cookie", "session=abc"));

        assertEquals(200, run.requests());
        assertEquals(OpenLoopRun.Failures.NONE, run.failed());
        assertEquals(4, connections.size());
        assertEquals(200, withTheCookie.get());
    }

    private void serveAfter(long millis) throws IOException {
        serve(exchange -> {
            pause(millis);
            answer(exchange, 200, STYLESHEET.length);
        });
    }

    private OpenLoopRun send(int perSecond, Duration measured, int connections, Duration timeout) {
        return new OpenLoop(perSecond, Duration.ZERO, measured, connections, timeout, HARD_LIMIT)
            .run(uri("/api/ideas"), List.of());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** A length of 0 makes the server send the body in chunks. */
    private static void answer(HttpExchange exchange, int status, long length) throws IOException {
        exchange.sendResponseHeaders(status, length);
        try (var body = exchange.getResponseBody()) {
            for (var offset = 0; offset < STYLESHEET.length; offset += 8 * 1024) {
                body.write(STYLESHEET, offset, Math.min(8 * 1024, STYLESHEET.length - offset));
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static Void answerOnceAndClose(ServerSocket server) throws IOException {
        var answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);
        while (!server.isClosed()) {
            try (var socket = server.accept()) {
                readRequest(socket.getInputStream());
                socket.getOutputStream().write(answer);
            }
        }
        return null;
    }

    private static void readRequest(InputStream in) throws IOException {
        var seen = new StringBuilder();
        while (seen.indexOf("\r\n\r\n") < 0) {
            var next = in.read();
            if (next < 0) {
                return;
            }
            seen.append((char) next);
        }
    }
}
