package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static no.samskap.seeds.DemoAssociationLookup.elements;

/**
 * The feedback service's API as the demo data uses it. What the service learns from other services' messages (the
 * municipality's units, an event's completion, who registered for it) arrives a moment after they said it, so a
 * read that depends on it is asked again for a while, as a person would.
 */
final class FeedbackApi {

    private final SeedClient client;
    private final URI feedback;
    private final Duration patience;

    FeedbackApi(SeedClient client, URI feedback, Duration patience) {
        this.client = client;
        this.feedback = feedback;
        this.patience = patience;
    }

    JsonNode call(String what, String step, String user, String method, String path, Map<String, ?> body) {
        return client.call(feedback, what, step, user, method, path, body);
    }

    /** The answer whatever its status. */
    HttpResponse<String> exchange(String user, String method, String path, Map<String, ?> body) {
        return client.exchange(feedback, user, method, path, body);
    }

    /** The municipality's units, once the service knows the one asked for; empty if it never learns of it. */
    Optional<Set<String>> unitsIncluding(String municipality, String unit) {
        return patiently(() -> {
            var codes = new HashSet<String>();
            elements(client.read(feedback.resolve("/units?municipality=" + municipality), "the units of "
                + municipality)).forEach(entry -> codes.add(entry.path("code").asText()));
            return codes.contains(unit) ? Optional.of(codes) : Optional.empty();
        });
    }

    /**
     * The author's eligibility to give feedback on the event once the service has heard that it was completed and
     * that they registered; the last answer if it never does.
     */
    JsonNode eligibility(String author, String eventId) {
        var path = "/events/" + eventId + "/feedback-eligibility";
        var settled = patiently(() -> {
            var answer = call("the event " + eventId, "ask about feedback on", author, "GET", path, null);
            var reason = answer.path("reason").asText("");
            return "not-completed".equals(reason) || "not-attended".equals(reason) ? Optional.empty()
                : Optional.of(answer);
        });
        return settled.orElseGet(() -> call("the event " + eventId, "ask about feedback on", author, "GET", path,
            null));
    }

    private <T> Optional<T> patiently(Supplier<Optional<T>> attempt) {
        return Patience.poll(patience, attempt);
    }
}
