package no.samskap.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests at a fixed rate whatever the server does, each timed from when it was due, not from when it went out: a
 * server that stalls makes the requests queued behind the stall late, and that lateness counts (coordinated omission,
 * which a closed-loop tool like wrk hides). wrk cannot hold a fixed rate, hence this.
 */
final class OpenLoop {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /**
     * Requests waiting for an answer beyond this are not sent but counted as failed and as late as the timeout: a
     * server far below the rate would otherwise have a connection opened for every waiting request, thousands of them,
     * and the loopback ports of everything else on the machine run out.
     */
    private static final int MOST_WAITING = 256;

    private final int perSecond;
    private final Duration warmUp;
    private final Duration measured;

    OpenLoop(int perSecond, Duration warmUp, Duration measured) {
        this.perSecond = perSecond;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    int perSecond() {
        return perSecond;
    }

    OpenLoopRun run(URI uri, List<String> headers) {
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        for (var i = 0; i + 1 < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        send(client, request.build(), count(warmUp));
        return send(client, request.build(), count(measured));
    }

    private int count(Duration duration) {
        return (int) (duration.toMillis() * perSecond / 1_000);
    }

    private OpenLoopRun send(HttpClient client, HttpRequest request, int requests) {
        var latencies = new AtomicLongArray(requests);
        var failed = new AtomicLong();
        var waiting = new AtomicInteger();
        var pending = new CompletableFuture<?>[requests];
        var interval = 1_000_000_000L / perSecond;
        var start = System.nanoTime();
        for (var i = 0; i < requests; i++) {
            var due = start + i * interval;
            var wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            var slot = i;
            if (waiting.get() >= MOST_WAITING) {
                latencies.set(slot, TIMEOUT.toNanos());
                failed.incrementAndGet();
                pending[i] = CompletableFuture.completedFuture(null);
                continue;
            }
            waiting.incrementAndGet();
            pending[i] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                waiting.decrementAndGet();
                if (latencies.compareAndSet(slot, 0, System.nanoTime() - due)
                    && (error != null || response.statusCode() / 100 != 2)) {
                    failed.incrementAndGet();
                }
                return null;
            });
        }
        var sentFor = System.nanoTime() - start;
        try {
            CompletableFuture.allOf(pending).get(TIMEOUT.toSeconds() * 3, TimeUnit.SECONDS);
        } catch (Exception notAllAnswered) {
            // An overloaded server: what has not answered by now counts as failed, as late as it is.
            for (var i = 0; i < requests; i++) {
                if (latencies.compareAndSet(i, 0, System.nanoTime() - (start + i * interval))) {
                    failed.incrementAndGet();
                }
            }
        }
        var nanos = new long[requests];
        for (var i = 0; i < requests; i++) {
            nanos[i] = latencies.get(i);
        }
        return OpenLoopRun.of(nanos, failed.get(), sentFor / 1e9);
    }
}
