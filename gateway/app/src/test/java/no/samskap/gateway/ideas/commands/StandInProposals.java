package no.samskap.gateway.ideas.commands;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Answers on 127.0.0.1 the way the proposals service does, with whatever a test told it to, and records every
 * request with the {@code Authorization} header it carried. It can be stopped and started again on the same port,
 * to be a proposals service that is down.
 */
public final class StandInProposals implements AutoCloseable {

    public record Call(String method, String path, String authorization, String contentType, String body,
                       String idempotencyKey, String requestId) {
    }

    /** {@code afterwards} runs once the answer has been sent, as the service's outbox relay would publish later. */
    public record Answer(int status, String contentType, String body, Map<String, String> headers, Runnable afterwards) {

        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, Map.of(), () -> { });
        }

        public static Answer problem(int status, String body) {
            return new Answer(status, "application/problem+json", body, Map.of(), () -> { });
        }

        /** The service is down for a moment, as a load balancer in front of it says so. */
        public static Answer unavailable() {
            return problem(503, "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}");
        }

        public Answer withHeader(String name, String value) {
            return new Answer(status, contentType, body, Map.of(name, value), afterwards);
        }

        public Answer thenRun(Runnable next) {
            return new Answer(status, contentType, body, headers, next);
        }
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final CountDownLatch releaseHeldAnswers = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile HttpServer server;
    private volatile int port;

    private StandInProposals() {
        listen(0);
    }

    public static StandInProposals onAFreePort() {
        return new StandInProposals();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void answer(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
    }

    /** Requests to this route get no answer until the stand-in is closed. */
    public void neverAnswer(String method, String path) {
        answers.put(method + " " + path, new Answer(-1, "", "", Map.of(), () -> { }));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> callsTo(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).toList();
    }

    public Call lastCallTo(String path) {
        var matching = callsTo(path);
        if (matching.isEmpty()) {
            throw new AssertionError("The proposals service got no call to " + path);
        }
        return matching.get(matching.size() - 1);
    }

    public void stop() {
        server.stop(0);
    }

    /** On the port it had before, so the gateway finds it where it was told to look. */
    public void startAgain() {
        listen(port);
    }

    private void listen(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = server.getAddress().getPort();
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public void close() {
        releaseHeldAnswers.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        var call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
            headers.getFirst("Authorization"), headers.getFirst("Content-Type"),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
            headers.getFirst("Idempotency-Key"), headers.getFirst("X-Request-Id"));
        calls.add(call);
        var answer = answers.getOrDefault(call.method() + " " + call.path(), Answer.problem(404,
            "{\"type\":\"https://samskap.no/problems/not-found\",\"title\":\"Not Found\",\"status\":404}"));
        if (answer.status() < 0) {
            awaitRelease();
            exchange.close();
            return;
        }
        var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
        answer.afterwards().run();
    }

    private void awaitRelease() {
        try {
            releaseHeldAnswers.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
