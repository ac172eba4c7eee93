package no.samskap.bench.live;

import no.samskap.bench.Latencies;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 18's registration burst: staff publish an event with a few seats, then every registrant registers at the
 * same moment; the answers are counted and the event's seats are read back over HTTP.
 */
final class RegistrationBurst {

    private static final Duration BOUND = Duration.ofSeconds(120);

    private final HttpClient http;
    private final URI events;

    RegistrationBurst(HttpClient http, URI events) {
        this.http = http;
        this.events = events;
    }

    record Result(int registrants, int seats, int confirmed, int waiting, int otherAnswers, Latencies latencies,
                  double releaseMillis, Seats readBack) {
    }

    record Seats(int confirmed, int waiting, int capacity) {
    }

    /** A published event of the staff member's municipality, a week from now; its id. */
    String publishedEvent(String staffToken, int seats) {
        var starts = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var body = "{\"title\":\"Målt påmelding\",\"description\":\"Et arrangement LiveBenchmark fyller på et"
            + " øyeblikk.\",\"hostingUnit\":\"bibliotek\",\"startsAt\":\"" + starts + "\",\"endsAt\":\""
            + starts.plus(2, ChronoUnit.HOURS) + "\",\"audience\":\"barn\",\"capacity\":" + seats + "}";
        var draft = expect(201, call("POST", "/events", staffToken, body), "draft the event");
        var id = JsonFields.text(draft, "id");
        expect(200, call("POST", "/events/" + id + "/publication", staffToken, null), "publish the event");
        return id;
    }

    /**
     * Opens a connection per registrant first (a read of the seats each, at once), so the burst measures the
     * service and not the kernel's accept queue; then sends every registration before the first can be answered.
     */
    Result burst(String eventId, List<String> tokens, int seats) throws Exception {
        var warming = tokens.stream().map(token -> http.sendAsync(seatsRequest(eventId),
            HttpResponse.BodyHandlers.discarding())).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(warming).get(BOUND.toSeconds(), TimeUnit.SECONDS);
        var requests = tokens.stream().map(token -> registration(eventId, token)).toList();
        var latencies = new Latencies(tokens.size());
        var confirmed = new AtomicInteger();
        var waiting = new AtomicInteger();
        var other = new AtomicInteger();
        var answers = new ArrayList<CompletableFuture<?>>(tokens.size());
        var released = System.nanoTime();
        for (var request : requests) {
            var sent = System.nanoTime();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failed) -> {
                var took = System.nanoTime() - sent;
                synchronized (latencies) {
                    latencies.add(took);
                }
                var status = answer != null && answer.statusCode() == 201 ? JsonFields.text(answer.body(), "status") : "";
                (switch (status) {
                    case "confirmed" -> confirmed;
                    case "waiting" -> waiting;
                    default -> other;
                }).incrementAndGet();
            }));
        }
        var releaseMillis = (System.nanoTime() - released) / 1_000_000.0;
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).handle((done, failed) -> done)
            .get(BOUND.toSeconds(), TimeUnit.SECONDS);
        var seatsRead = SignIn.send(http, seatsRequest(eventId)).body();
        var readBack = new Seats(JsonFields.number(seatsRead, "confirmed"), JsonFields.number(seatsRead, "waiting"),
            JsonFields.number(seatsRead, "capacity"));
        return new Result(tokens.size(), seats, confirmed.get(), waiting.get(), other.get(), latencies, releaseMillis,
            readBack);
    }

    private HttpRequest seatsRequest(String eventId) {
        return HttpRequest.newBuilder(events.resolve("/events/" + eventId + "/seats")).timeout(BOUND).GET().build();
    }

    private HttpRequest registration(String eventId, String token) {
        return HttpRequest.newBuilder(events.resolve("/events/" + eventId + "/registrations"))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .timeout(BOUND).POST(HttpRequest.BodyPublishers.ofString("{\"companions\":0}")).build();
    }

    private HttpResponse<String> call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(events.resolve(path)).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build();
        return SignIn.send(http, request);
    }

    private static String expect(int status, HttpResponse<String> response, String step) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Could not " + step + ": HTTP " + response.statusCode() + " "
                + response.body());
        }
        return response.body();
    }
}
