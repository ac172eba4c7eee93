package no.samskap.bench.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests at a fixed rate whatever the server does, each timed from when it was due, not from when it went out: a
 * server that stalls makes the requests queued behind the stall late, and that lateness counts (coordinated omission,
 * which a closed-loop tool like wrk hides). wrk cannot hold a fixed rate, hence this.
 * <p>
 * It sends as wrk2 does, over a fixed number of kept-alive sockets, each with its own thread taking every n-th request
 * of the schedule. java.net.http.HttpClient was the bottleneck here: with requests waiting it opens a connection for
 * each, and at 1,000/s it measured itself (seconds) where wrk served a static file at 7,000/s.
 * <p>
 * A request not answered within the timeout counts as failed at the timeout, but its connection waits on for the late
 * answer (up to a much longer hard limit, then it closes), as wrk2 does: opening another connection instead would leave
 * the server working on requests nobody waits for while more arrive, so the sender never has more requests
 * outstanding than connections. Requests that fall due while a connection waits go out once it is free, or count as
 * timed out unsent when their timeout has passed by then.
 */
final class OpenLoop {

    /** Keeps 1,000 requests/s against a server answering within 30 ms, without crowding the loopback ports. */
    static final int CONNECTIONS = 32;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration HARD_LIMIT = Duration.ofSeconds(60);

    private final int perSecond;
    private final Duration warmUp;
    private final Duration measured;
    private final int connections;
    private final Duration timeout;
    private final Duration hardLimit;

    OpenLoop(int perSecond, Duration warmUp, Duration measured) {
        this(perSecond, warmUp, measured, CONNECTIONS, TIMEOUT, HARD_LIMIT);
    }

    OpenLoop(int perSecond, Duration warmUp, Duration measured, int connections, Duration timeout,
             Duration hardLimit) {
        this.perSecond = perSecond;
        this.warmUp = warmUp;
        this.measured = measured;
        this.connections = connections;
        this.timeout = timeout;
        this.hardLimit = hardLimit;
    }

    int perSecond() {
        return perSecond;
    }

    int connections() {
        return connections;
    }

    OpenLoopRun run(URI uri, List<String> headers) {
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("The open-loop sender speaks plain HTTP only: " + uri);
        }
        var server = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
        var sockets = new ArrayList<KeptAliveConnection>();
        for (var k = 0; k < connections; k++) {
            sockets.add(new KeptAliveConnection(server));
        }
        var request = request(uri, headers);
        var threads = Executors.newFixedThreadPool(connections, platformThreads());
        try {
            if (count(warmUp) > 0) {
                send(threads, sockets, request, count(warmUp));
            }
            return send(threads, sockets, request, count(measured));
        } finally {
            threads.shutdownNow();
            sockets.forEach(KeptAliveConnection::close);
        }
    }

    private static byte[] request(URI uri, List<String> headers) {
        var path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        var text = new StringBuilder("GET ").append(path).append(query).append(" HTTP/1.1\r\n")
            .append("Host: ").append(uri.getRawAuthority()).append("\r\n");
        for (var i = 0; i + 1 < headers.size(); i += 2) {
            text.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
        }
        return text.append("Connection: keep-alive\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private int count(Duration duration) {
        return (int) (duration.toMillis() * perSecond / 1_000);
    }

    private OpenLoopRun send(ExecutorService threads, List<KeptAliveConnection> sockets, byte[] request, int requests) {
        var schedule = new Schedule(System.nanoTime(), requests, new long[requests], new AtomicLong(),
            new AtomicLong(), new AtomicLong());
        var senders = new ArrayList<Future<Long>>();
        for (var k = 0; k < connections; k++) {
            var first = k;
            var socket = sockets.get(k);
            senders.add(threads.submit(() -> sendEvery(first, socket, request, schedule)));
        }
        var lastSent = schedule.start();
        for (var sender : senders) {
            lastSent = Math.max(lastSent, finished(sender));
        }
        return OpenLoopRun.of(schedule.nanosFromDue(), schedule.failures(), (lastSent - schedule.start()) / 1e9);
    }

    /** Sends requests first, first + n, first + 2n… each when due or at once when late; gives when it sent the last. */
    private long sendEvery(int first, KeptAliveConnection socket, byte[] request, Schedule schedule) {
        var lastSent = schedule.start();
        for (var i = first; i < schedule.requests(); i += connections) {
            var due = schedule.start() + i * 1_000_000_000L / perSecond;
            for (var wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            lastSent = System.nanoTime();
            if (lastSent - due >= timeout.toNanos()) {
                schedule.timedOut(i, timeout.toNanos());
                continue;
            }
            try {
                var status = socket.exchange(request, lastSent + hardLimit.toNanos());
                var nanosFromDue = System.nanoTime() - due;
                if (nanosFromDue > timeout.toNanos()) {
                    schedule.timedOut(i, timeout.toNanos());
                } else {
                    schedule.answered(i, nanosFromDue, status);
                }
            } catch (SocketTimeoutException beyondTheHardLimit) {
                schedule.timedOut(i, timeout.toNanos());
            } catch (IOException broken) {
                schedule.failed(i, System.nanoTime() - due);
            }
        }
        return lastSent;
    }

    private static long finished(Future<Long> sender) {
        try {
            return sender.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the open-loop sender ran", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("An open-loop connection's thread failed", failed.getCause());
        }
    }

    private static ThreadFactory platformThreads() {
        var made = new AtomicInteger();
        return task -> {
            var thread = new Thread(task, "open-loop-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One run's requests, due one after the other from start; each sender writes only its own requests' slots. */
    private record Schedule(long start, int requests, long[] nanosFromDue, AtomicLong failed, AtomicLong unavailable,
                            AtomicLong timedOut) {

        void answered(int request, long nanosFromDue, int status) {
            if (status == 503) {
                unavailable.incrementAndGet();
            }
            if (status / 100 == 2) {
                nanosFromDue()[request] = nanosFromDue;
            } else {
                failed(request, nanosFromDue);
            }
        }

        void timedOut(int request, long timeoutNanos) {
            timedOut.incrementAndGet();
            failed(request, timeoutNanos);
        }

        void failed(int request, long nanosFromDue) {
            nanosFromDue()[request] = nanosFromDue;
            failed.incrementAndGet();
        }

        OpenLoopRun.Failures failures() {
            return new OpenLoopRun.Failures(failed.get(), unavailable.get(), timedOut.get());
        }
    }
}
