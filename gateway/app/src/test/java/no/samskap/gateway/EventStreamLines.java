package no.samskap.gateway;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** Follows a Server-Sent Events stream the way a browser would, keeping every line it receives for the test to read. */
public final class EventStreamLines {

    private EventStreamLines() {
    }

    /**
     * Sends the request and adds each line of the stream to {@code lines} as it arrives, then {@code (error …)} or
     * {@code (closed)} when the stream ends. The answer completes only then: cancel it to close the stream.
     */
    public static CompletableFuture<HttpResponse<Void>> follow(HttpRequest request, List<String> lines) {
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(
            new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    lines.add(line);
                }

                @Override
                public void onError(Throwable throwable) {
                    lines.add("(error " + throwable + ")");
                }

                @Override
                public void onComplete() {
                    lines.add("(closed)");
                }
            }));
    }
}
