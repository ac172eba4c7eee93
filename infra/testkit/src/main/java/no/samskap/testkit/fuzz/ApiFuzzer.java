package no.samskap.testkit.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends hostile requests to every operation of an OpenAPI document, in turns, until each operation has had its share
 * or the time is up (but not before each operation has had every kind of hostility once), and records what would be a fault: a 5xx, a refusal that is not problem+json, a refused request
 * that changed what is stored. The seed makes a run repeatable: {@code -Dsamskap.fuzz.seed=...}.
 */
public final class ApiFuzzer {

    public static final long DEFAULT_SEED = 20261206L;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    private final URI base;
    private final List<ApiOperation> operations;
    private final Callers callers;
    private Map<String, List<String>> known = Map.of();
    private Optional<SchemaChecksum> stored = Optional.empty();
    private int requestsPerOperation = 60;
    private Duration timeLimit = Duration.ofSeconds(35);
    private long seed = Long.getLong("samskap.fuzz.seed", DEFAULT_SEED);

    private ApiFuzzer(URI base, List<ApiOperation> operations, Callers callers) {
        this.base = base;
        this.operations = operations;
        this.callers = callers;
    }

    public static ApiFuzzer against(URI base, List<ApiOperation> operations, Callers callers) {
        return new ApiFuzzer(base, operations, callers);
    }

    /** Values to use for parameters and fields of these names, such as a municipality or an id that exists. */
    public ApiFuzzer knowing(Map<String, List<String>> values) {
        this.known = values;
        return this;
    }

    public ApiFuzzer watching(SchemaChecksum checksum) {
        this.stored = Optional.of(checksum);
        return this;
    }

    public ApiFuzzer requestsPerOperation(int requests) {
        this.requestsPerOperation = requests;
        return this;
    }

    public ApiFuzzer timeLimit(Duration limit) {
        this.timeLimit = limit;
        return this;
    }

    public FuzzFindings run() {
        var findings = new FuzzFindings(seed, operations.size());
        var requests = new HostileRequests(new Random(seed), callers, known);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        var before = stored.map(SchemaChecksum::byTable);
        var deadline = Instant.now().plus(timeLimit);
        for (int round = 0; round < requestsPerOperation && (round < HostileRequests.KINDS || Instant.now().isBefore(deadline)); round++) {
            for (var operation : operations) {
                var request = requests.make(operation, round);
                var sending = System.nanoTime();
                var status = send(client, request, findings);
                var checking = System.nanoTime();
                before = checkStored(request, status, before, findings);
                findings.took(checking - sending, System.nanoTime() - checking);
            }
        }
        findings.finish();
        return findings;
    }

    private int send(HttpClient client, FuzzRequest request, FuzzFindings findings) {
        HttpRequest http;
        try {
            var builder = HttpRequest.newBuilder(base.resolve(request.target())).timeout(ANSWER_WITHIN)
                .method(request.method(), request.body().length == 0 && !request.writes()
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            http = builder.build();
        } catch (IllegalArgumentException unsendable) {
            findings.unsendable();
            return -1;
        }
        try {
            var response = answerOrResend(client, http, findings);
            findings.answered(request, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""));
            return response.statusCode();
        } catch (ExecutionException | TimeoutException noAnswer) {
            findings.closedWithoutAnswer(request, noAnswer);
            return -1;
        }
    }

    /**
     * A server may close a kept-alive connection at any moment, and a request the client sent on it just then gets
     * no bytes back (RFC 9112, section 9.3.1). The client's pool retries only idempotent requests; every client,
     * browsers included, sends the request again on a new connection. That one must be answered.
     */
    private static HttpResponse<Void> answerOrResend(HttpClient client, HttpRequest http, FuzzFindings findings)
        throws ExecutionException, TimeoutException {
        try {
            return answer(client, http);
        } catch (ExecutionException closed) {
            if (!closedBeforeAnswering(closed)) {
                throw closed;
            }
            findings.resentOnAFreshConnection();
            try (var fresh = new FreshConnection()) {
                return answer(fresh.client, http);
            }
        }
    }

    private static HttpResponse<Void> answer(HttpClient client, HttpRequest http) throws ExecutionException, TimeoutException {
        var answer = client.sendAsync(http, HttpResponse.BodyHandlers.discarding());
        try {
            return answer.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException noAnswer) {
            answer.cancel(true);
            throw noAnswer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fuzzing", e);
        }
    }

    private static boolean closedBeforeAnswering(ExecutionException failure) {
        return failure.getCause() instanceof IOException closed && closed.getMessage() != null
            && closed.getMessage().contains("received no bytes");
    }

    /** A client of its own, so the request cannot go out on a connection the server is closing. */
    private static final class FreshConnection implements AutoCloseable {

        private final ExecutorService executor = Executors.newSingleThreadExecutor();
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(executor).build();

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    private Optional<Map<String, String>> checkStored(FuzzRequest request, int status, Optional<Map<String, String>> before,
                                                      FuzzFindings findings) {
        if (before.isEmpty() || !request.writes()) {
            return before;
        }
        var after = stored.orElseThrow().byTable();
        var changed = SchemaChecksum.changed(before.get(), after);
        if (!changed.isEmpty() && (status < 200 || status > 299)) {
            findings.refusedButStored(request, status, changed);
        }
        return Optional.of(after);
    }
}
