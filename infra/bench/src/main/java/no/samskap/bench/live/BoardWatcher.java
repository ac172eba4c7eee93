package no.samskap.bench.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One listener on the gateway's live board of a municipality ({@code /api/ideas/changes}), noting when the first
 * {@code idea-changed} event of each idea arrives. The gateway sends the answer's head with the first event, so the
 * stream counts as open once an event has been read.
 */
final class BoardWatcher implements AutoCloseable {

    static final String CHANGED = "idea-changed";
    private static final Pattern IDEA_ID = Pattern.compile("\"ideaId\"\\s*:\\s*\"([^\"]+)\"");

    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final Thread reader;

    private BoardWatcher(CompletableFuture<HttpResponse<Stream<String>>> response, Arrivals arrivals) {
        this.response = response;
        this.reader = new Thread(() -> read(arrivals), "board-watcher");
        reader.setDaemon(true);
        reader.start();
    }

    static BoardWatcher follow(HttpClient http, URI gateway, String municipality, Arrivals arrivals) {
        var request = HttpRequest.newBuilder(gateway.resolve("/api/ideas/changes?municipality=" + municipality))
            .header("Accept", "text/event-stream").GET().build();
        return new BoardWatcher(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()), arrivals);
    }

    /** The idea an event is about: its id, which the board stream sets to the idea's, else the data's ideaId. */
    static Optional<String> ideaOf(ServerSentEvents.Event event) {
        if (!CHANGED.equals(event.name())) {
            return Optional.empty();
        }
        if (!event.id().isBlank()) {
            return Optional.of(event.id());
        }
        var inData = IDEA_ID.matcher(event.data());
        return inData.find() ? Optional.of(inData.group(1)) : Optional.empty();
    }

    private void read(Arrivals arrivals) {
        var events = new ServerSentEvents();
        try (var lines = response.join().body()) {
            lines.forEach(line -> events.read(line)
                .flatMap(BoardWatcher::ideaOf)
                .ifPresent(idea -> arrivals.seen(idea, System.nanoTime())));
        } catch (RuntimeException closed) {
            // The stream was closed at the end of the run, or the gateway went away; what was read counts.
        }
    }

    @Override
    public void close() {
        response.cancel(true);
        response.thenAccept(open -> open.body().close());
        reader.interrupt();
    }
}
