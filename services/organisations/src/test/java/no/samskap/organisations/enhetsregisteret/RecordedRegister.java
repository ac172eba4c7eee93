package no.samskap.organisations.enhetsregisteret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import no.samskap.contract.OrganisationNumber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Enhetsregisteret for tests, on 127.0.0.1: answers from the recorded responses in {@code enhetsregisteret/} of the
 * test resources ({@code enheter/<orgnr>.json} with 200, {@code enheter/<orgnr>.gone.json} with 410, 404 for any
 * other number) and slices the recorded update feed by {@code oppdateringsid}, {@code dato} and {@code size}. It can
 * also fail, stall or talk nonsense, and counts what it was asked. Point a service at it with
 * {@code samskap.enhetsregisteret.url} = {@link #url()}.
 */
public final class RecordedRegister implements AutoCloseable {

    /** An idrettslag in Frivillighetsregisteret, with roles. */
    public static final OrganisationNumber FOUND = new OrganisationNumber("912345602");
    public static final OrganisationNumber BANKRUPT = new OrganisationNumber("912345610");
    public static final OrganisationNumber BEING_WOUND_UP = new OrganisationNumber("912345629");
    public static final OrganisationNumber BEING_FORCIBLY_WOUND_UP = new OrganisationNumber("912345653");
    /** Answered with 200 and only name, form and {@code slettedato}. */
    public static final OrganisationNumber DELETED = new OrganisationNumber("912345637");
    /** Answered with 410 Gone. */
    public static final OrganisationNumber REMOVED = new OrganisationNumber("912345645");
    public static final OrganisationNumber UNKNOWN = new OrganisationNumber("912345688");
    /** The first and last {@code oppdateringsid} of the recorded update feed. */
    public static final long FIRST_UPDATE = 23540001;
    public static final long LAST_UPDATE = 23540007;

    private static final String API = "/enhetsregisteret/api/";
    private static final String RECORDED = "enhetsregisteret/";
    private static final String ENTITY_UPDATES = "oppdateringer/enheter";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What it was asked: the path and query, and the media types the client accepts. */
    public record Request(URI uri, String accept) {
    }

    private record Answer(int status, String contentType, byte[] body) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json;charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> overrides = new ConcurrentHashMap<>();
    private volatile int failureStatus;
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean garbage;

    private RecordedRegister(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static RecordedRegister start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var threads = Executors.newCachedThreadPool(runnable -> {
                var thread = new Thread(runnable, "recorded-register");
                thread.setDaemon(true);
                return thread;
            });
            var register = new RecordedRegister(server, threads);
            server.createContext("/", register::handle);
            server.setExecutor(threads);
            server.start();
            return register;
        } catch (IOException cannotListen) {
            throw new UncheckedIOException(cannotListen);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** From now on answers {@code path} (ignoring any query) with this status and body instead of the recording. */
    public void answer(String path, int status, String body) {
        overrides.put(path, Answer.json(status, body));
    }

    /** Answers every request with this status, as the register does when it is down. */
    public void failWith(int status) {
        failureStatus = status;
    }

    /** Waits this long before answering anything. */
    public void stallFor(Duration wait) {
        delay = wait;
    }

    /** Answers every request with 200 and a body cut off in the middle. */
    public void answerGarbage() {
        garbage = true;
    }

    /** Back to the recorded answers, with no failure, stall or garbage. */
    public void answerAsRecorded() {
        failureStatus = 0;
        delay = Duration.ZERO;
        garbage = false;
        overrides.clear();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public int requestCount() {
        return requests.size();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(new Request(exchange.getRequestURI(), exchange.getRequestHeaders().getFirst("Accept")));
            if (!stalled()) {
                return;
            }
            var answer = answerTo(exchange.getRequestURI());
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        }
    }

    private boolean stalled() {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Answer answerTo(URI uri) {
        if (garbage) {
            return Answer.json(200, "{\"organisasjonsnummer\": \"9123");
        }
        if (failureStatus != 0) {
            return Answer.json(failureStatus, errorBody(failureStatus, "Internal Server Error", uri.getPath()));
        }
        var path = uri.getPath();
        if (overrides.containsKey(path)) {
            return overrides.get(path);
        }
        if (!path.startsWith(API)) {
            return notFound(path);
        }
        var resource = path.substring(API.length());
        if (resource.equals(ENTITY_UPDATES)) {
            return updates(query(uri));
        }
        var found = recorded(resource + ".json");
        if (found != null) {
            return Answer.json(200, found);
        }
        var gone = recorded(resource + ".gone.json");
        return gone != null ? Answer.json(410, gone) : notFound(path);
    }

    private Answer updates(Map<String, String> query) {
        var from = Long.parseLong(query.getOrDefault("oppdateringsid", "0"));
        var since = query.containsKey("dato") ? Instant.parse(query.get("dato")) : Instant.MIN;
        var size = Integer.parseInt(query.getOrDefault("size", "20"));
        var feed = read(recorded(ENTITY_UPDATES + ".json"));
        var matching = StreamSupport.stream(feed.path("_embedded").path("oppdaterteEnheter").spliterator(), false)
            .filter(update -> update.path("oppdateringsid").asLong() >= from)
            .filter(update -> !Instant.parse(update.path("dato").asText()).isBefore(since))
            .toList();
        if (matching.isEmpty()) {
            return Answer.json(200, recorded(ENTITY_UPDATES + ".empty.json"));
        }
        var page = JSON.createObjectNode();
        page.putObject("_embedded").putArray("oppdaterteEnheter").addAll(matching.stream().limit(size).toList());
        page.putObject("_links").putObject("self").put("href", "https://data.brreg.no" + API + ENTITY_UPDATES);
        page.putObject("page").put("size", size).put("totalElements", matching.size())
            .put("totalPages", (matching.size() + size - 1) / size).put("number", 0);
        return Answer.json(200, page.toString());
    }

    private static Answer notFound(String path) {
        return Answer.json(404, errorBody(404, "Not Found", path));
    }

    private static String errorBody(int status, String error, String path) {
        var body = JSON.createObjectNode().put("timestamp", Instant.now().toString()).put("status", status)
            .put("error", error).put("path", path);
        return body.toString();
    }

    private static Map<String, String> query(URI uri) {
        if (uri.getRawQuery() == null) {
            return Map.of();
        }
        return Stream.of(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
            .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : ""));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String recorded(String name) {
        try (var in = RecordedRegister.class.getClassLoader().getResourceAsStream(RECORDED + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
