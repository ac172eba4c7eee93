package no.samskap.bench.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Issue 18's propagation scenario, open loop: ideas are submitted to the proposals service at a steady rate
 * whatever the answers take (the sends are asynchronous, so a slow answer delays no later send), each by one of a
 * few residents in turn; the {@link BoardWatcher} notes when the gateway tells of each.
 */
final class Propagation {

    /** A send this close to its moment counts as on time; later ones show the sender itself fell behind. */
    static final Duration ON_TIME = Duration.ofMillis(10);
    static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI proposals;
    private final Arrivals arrivals;
    private final String tag;

    Propagation(HttpClient http, URI proposals, Arrivals arrivals, String tag) {
        this.http = http;
        this.proposals = proposals;
        this.arrivals = arrivals;
        this.tag = tag;
    }

    /** {@code refusals}: why the submissions without a 201 had none, as "HTTP 503" or the exception, and how often. */
    record Run(double rate, int seconds, int scheduled, int sentOnTime, int created, int notCreated,
               Map<String, Integer> refusals, Arrivals.Outcome outcome) {
    }

    /**
     * Submits one idea a second until the watcher tells of one within a second of its 201: the watcher is surely
     * listening then, and the gateway no longer busy with what the start command loaded.
     */
    void settle(List<String> tokens, Duration bound) throws Exception {
        var deadline = System.nanoTime() + bound.toNanos();
        for (var n = 0; System.nanoTime() < deadline; n++) {
            var answer = http.send(submission(tokens.get(0), "oppvarming", n), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 201) {
                var id = JsonFields.text(answer.body(), "id");
                arrivals.answered(id, System.nanoTime());
                Thread.sleep(1_000);
                if (arrivals.seenWithin(id, Duration.ofSeconds(1))) {
                    return;
                }
            }
        }
        throw new IllegalStateException("The gateway's board stream did not tell of an idea within a second of its"
            + " 201 during " + bound);
    }

    Run run(double rate, int seconds, List<String> tokens) throws Exception {
        var scheduled = (int) Math.round(rate * seconds);
        var created = new ConcurrentLinkedQueue<String>();
        var refusals = new ConcurrentHashMap<String, Integer>();
        var answers = new ArrayList<CompletableFuture<?>>(scheduled);
        var interval = 1_000_000_000.0 / rate;
        var start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        var onTime = 0;
        for (var n = 0; n < scheduled; n++) {
            var due = start + (long) (n * interval);
            var request = submission(tokens.get(n % tokens.size()), rateLabel(rate), n);
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            if (now - due <= ON_TIME.toNanos()) {
                onTime++;
            }
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failed) -> {
                var at = System.nanoTime();
                if (answer != null && answer.statusCode() == 201) {
                    var id = JsonFields.text(answer.body(), "id");
                    arrivals.answered(id, at);
                    created.add(id);
                } else {
                    refusals.merge(answer != null ? "HTTP " + answer.statusCode() : cause(failed), 1, Integer::sum);
                }
            }));
        }
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).handle((done, failed) -> done)
                .get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException unanswered) {
            // Counted below: every submission without its 201 is one not created.
        }
        var writesEnded = System.nanoTime();
        var ids = List.copyOf(created);
        var deadline = writesEnded + LONGEST_WAIT.toNanos();
        while (arrivals.unseen(ids) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        var unanswered = scheduled - ids.size() - refusals.values().stream().mapToInt(Integer::intValue).sum();
        if (unanswered > 0) {
            refusals.put("no answer within " + LONGEST_WAIT.toSeconds() + " s", unanswered);
        }
        return new Run(rate, seconds, scheduled, onTime, ids.size(), scheduled - ids.size(), new TreeMap<>(refusals),
            arrivals.outcome(ids, writesEnded, GRACE));
    }

    private static String cause(Throwable failed) {
        var cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
        return cause.getClass().getSimpleName();
    }

    private HttpRequest submission(String token, String label, int n) {
        var title = "Målt idé " + label + " nr. " + n + " (" + tag + ")";
        var body = "{\"title\":" + JsonFields.quoted(title) + ",\"body\":\"Sendt av LiveBenchmark for å måle hvor"
            + " raskt tavla får vite om nye idéer.\",\"serviceArea\":\"bibliotek\"}";
        return HttpRequest.newBuilder(proposals.resolve("/ideas"))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String rateLabel(double rate) {
        return String.format(java.util.Locale.ROOT, "%.0f per s", rate);
    }
}
