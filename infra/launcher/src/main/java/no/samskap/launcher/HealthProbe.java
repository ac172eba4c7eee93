package no.samskap.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a deployable whether it is ready: {@code GET /health} on 127.0.0.1 must answer 200. */
final class HealthProbe {

    private final HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(1))
        .build();

    static String urlFor(int port) {
        return "http://127.0.0.1:" + port + "/health";
    }

    boolean isHealthy(int port) {
        var request = HttpRequest.newBuilder(URI.create(urlFor(port))).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notAnswering) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
