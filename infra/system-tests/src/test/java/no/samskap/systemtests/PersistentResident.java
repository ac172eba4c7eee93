package no.samskap.systemtests;

import no.samskap.testkit.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static no.samskap.systemtests.RunningPlatform.HTTP;

/**
 * A resident whose client does what a good API client does through an outage: each write carries an
 * {@code Idempotency-Key}, and a request that got no answer at all (refused or cut connection) is sent again with the
 * same key until it gets one; so is one answered 5xx (the service could not reach its database), since the key makes
 * the retry safe. Every write that got a final answer is recorded by the answer it got.
 */
final class PersistentResident {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);

    private final RunningPlatform platform;
    private final String subject;
    private final String municipality;
    final Map<String, String> acceptedIdeaByTitle = new ConcurrentHashMap<>();
    final Map<String, Integer> refusedByTitle = new ConcurrentHashMap<>();
    final Map<String, String> editedTitleByIdea = new ConcurrentHashMap<>();
    final AtomicInteger answered = new AtomicInteger();
    final AtomicInteger unanswered = new AtomicInteger();
    final AtomicInteger failedAnswers = new AtomicInteger();

    PersistentResident(RunningPlatform platform, String subject, String municipality) {
        this.platform = platform;
        this.subject = subject;
        this.municipality = municipality;
    }

    void submit(String title) throws InterruptedException {
        var body = "{\"title\":\"" + title + "\",\"body\":\"Fra feiltesten\",\"serviceArea\":\"kulturhus\"}";
        var response = untilAnswered(() -> platform.proposals.uri("/ideas"), "POST", body);
        if (response.statusCode() == 201) {
            acceptedIdeaByTitle.put(title, RunningPlatform.idOf(response));
        } else {
            refusedByTitle.put(title, response.statusCode());
        }
    }

    /** Renames an accepted idea; the last name is what every read model must end with. */
    void rename(String idea, String title) throws InterruptedException {
        var response = untilAnswered(() -> platform.proposals.uri("/ideas/" + idea), "PATCH",
            "{\"title\":\"" + title + "\"}");
        if (response.statusCode() == 200) {
            editedTitleByIdea.put(idea, title);
        }
    }

    private HttpResponse<String> untilAnswered(java.util.function.Supplier<URI> uri, String method, String json)
        throws InterruptedException {
        var key = UUID.randomUUID().toString();
        var deadline = Instant.now().plus(GIVE_UP_AFTER);
        while (Instant.now().isBefore(deadline)) {
            try {
                var request = HttpRequest.newBuilder(uri.get())
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + TestTokens.shared().resident(subject, municipality))
                    .header("Idempotency-Key", key)
                    .timeout(Duration.ofSeconds(10))
                    .method(method, HttpRequest.BodyPublishers.ofString(json))
                    .build();
                var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                answered.incrementAndGet();
                if (response.statusCode() < 500) {
                    return response;
                }
                failedAnswers.incrementAndGet();
                Thread.sleep(200);
            } catch (IOException noAnswer) {
                unanswered.incrementAndGet();
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(method + " " + uri.get() + " got no answer within " + GIVE_UP_AFTER.toSeconds() + " s");
    }
}
