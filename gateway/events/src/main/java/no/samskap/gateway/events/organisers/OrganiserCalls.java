package no.samskap.gateway.events.organisers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import no.samskap.gateway.events.service.EventsClient;
import no.samskap.gateway.shell.writes.ReadYourWrites;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.gateway.shell.writes.WriteRelay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisers' pages call the events service with the person's own token, for the service alone knows drafts,
 * registrants and volunteers by name, and decides who organises what. Blocking: the pages run on the blocking pool.
 */
@Singleton
public final class OrganiserCalls {

    /** A shift as the service shows it, with its sign-ups when this person may see them. */
    record Shift(Map<String, Object> shift, List<Map<String, Object>> signUps) {
    }

    /** Longer than the relay's own read timeout, so that answers first. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WriteRelay relay;
    private final EventsClient events;
    private final JsonMapper json;

    OrganiserCalls(WriteRelay relay, EventsClient events, JsonMapper json) {
        this.relay = relay;
        this.events = events;
        this.json = json;
    }

    public WriteOutcome send(HttpRequest<?> request, HttpMethod method, String servicePath, @Nullable Object body) {
        return relay.send(request, events.relayTarget(), method, servicePath, body == null ? null : bytes(body),
            ReadYourWrites.NOTHING_TO_WAIT_FOR).blockOptional(PATIENCE).orElseThrow();
    }

    /** The service's JSON object at the path, when it answered with one. */
    public Optional<Map<String, Object>> object(HttpRequest<?> request, String servicePath) {
        return answered(send(request, HttpMethod.GET, servicePath, null))
            .flatMap(body -> read(body, Argument.mapOf(String.class, Object.class)));
    }

    /** The service's JSON list at the path; empty when it did not answer with one. */
    public List<Map<String, Object>> list(HttpRequest<?> request, String servicePath) {
        return answered(send(request, HttpMethod.GET, servicePath, null))
            .flatMap(body -> read(body, Argument.listOf(Argument.mapOf(String.class, Object.class))))
            .orElse(List.of());
    }

    /** The event's shifts, each with its sign-ups when the service shows them to this person (its leaders). */
    List<Shift> shifts(HttpRequest<?> request, String eventId) {
        return list(request, "/events/" + eventId + "/shifts").stream()
            .map(shift -> new Shift(shift, signUps(request, String.valueOf(shift.get("id")))))
            .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> signUps(HttpRequest<?> request, String shiftId) {
        return object(request, "/shifts/" + shiftId + "/sign-ups")
            .map(roster -> (List<Map<String, Object>>) roster.getOrDefault("signUps", List.of()))
            .orElse(List.of());
    }

    public Optional<Map<String, Object>> answerOf(WriteOutcome outcome) {
        return answered(outcome).flatMap(body -> read(body, Argument.mapOf(String.class, Object.class)));
    }

    public <T> Optional<T> read(byte[] body, Argument<T> type) {
        try {
            return Optional.ofNullable(json.readValue(body, type));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> answered(WriteOutcome outcome) {
        return outcome.succeeded() ? outcome.answer().map(answer -> answer.body()) : Optional.empty();
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
