package no.samskap.runtime.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Asks a health URL until it answers 200, the process it belongs to exits, or the deadline passes. */
final class ReadinessProbe {

    enum Outcome { READY, EXITED, TIMED_OUT }

    private static final Duration PAUSE_BETWEEN_ATTEMPTS = Duration.ofMillis(250);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);

    private ReadinessProbe() {
    }

    static Outcome await(URI healthUrl, Process process, Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        var client = HttpClient.newBuilder().connectTimeout(ATTEMPT_TIMEOUT).build();
        var request = HttpRequest.newBuilder(healthUrl).timeout(ATTEMPT_TIMEOUT).GET().build();
        while (true) {
            if (!process.isAlive()) {
                return Outcome.EXITED;
            }
            if (answersOk(client, request)) {
                return Outcome.READY;
            }
            if (Instant.now().isAfter(deadline)) {
                return Outcome.TIMED_OUT;
            }
            try {
                Thread.sleep(PAUSE_BETWEEN_ATTEMPTS.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.TIMED_OUT;
            }
        }
    }

    static boolean answersOk(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
