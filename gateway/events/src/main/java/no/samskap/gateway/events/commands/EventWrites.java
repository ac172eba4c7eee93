package no.samskap.gateway.events.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import no.samskap.gateway.events.service.EventsClient;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.writes.ReadYourWrites;
import no.samskap.gateway.shell.writes.RelayTarget;
import no.samskap.gateway.shell.writes.RelayedAnswers;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.gateway.shell.writes.WriteRelay;
import no.samskap.platform.problem.Problem;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A resident's writes about an event, sent on to the events service with their own token, which decides who may
 * register or sign up. A write that changes seats or a shift's places is answered once the read model has moved.
 */
@Singleton
public final class EventWrites {

    private final WriteRelay relay;
    private final RelayTarget events;
    private final ReadYourWrites readYourWrites;
    private final ReadModelMarks marks;
    private final JsonMapper json;

    EventWrites(WriteRelay relay, EventsClient events, ReadYourWrites readYourWrites, ReadModelMarks marks,
                JsonMapper json) {
        this.relay = relay;
        this.events = events.relayTarget();
        this.readYourWrites = readYourWrites;
        this.marks = marks;
        this.json = json;
    }

    /** The body is the service's: {@code companions} and {@code accessibilityNeeds} {codes, note}. */
    public Mono<WriteOutcome> register(HttpRequest<?> request, UUID event, @Nullable byte[] registration) {
        return seatsChange(request, HttpMethod.POST, event, "/events/" + event + "/registrations", registration);
    }

    public Mono<WriteOutcome> cancelRegistration(HttpRequest<?> request, UUID event) {
        return seatsChange(request, HttpMethod.DELETE, event, "/events/" + event + "/registrations/mine", null);
    }

    /** The body is the service's: {@code associationId}, {@code birthYear}, {@code confirmsMinimumAge}. */
    public Mono<WriteOutcome> signUp(HttpRequest<?> request, UUID shift, @Nullable byte[] signUp) {
        return shiftChange(request, HttpMethod.POST, shift, "/shifts/" + shift + "/sign-ups", signUp);
    }

    /** Leaves the shift or its waitlist; answered once the shift's places in the read model moved. */
    public Mono<WriteOutcome> leaveShift(HttpRequest<?> request, UUID shift) {
        return shiftChange(request, HttpMethod.DELETE, shift, "/shifts/" + shift + "/sign-ups/mine", null);
    }

    /**
     * The body is the service's: {@code kind} ({@code ill} or {@code late}), {@code note}, {@code minutesLate}. No
     * message carries an absence, so there is nothing to wait for.
     */
    public Mono<WriteOutcome> reportAbsence(HttpRequest<?> request, UUID shift, byte[] absence) {
        return send(request, HttpMethod.POST, "/shifts/" + shift + "/sign-ups/mine/absence", absence,
            ReadYourWrites.NOTHING_TO_WAIT_FOR);
    }

    /**
     * A read only the service can answer, for it holds what no message carries (who registered, their place on the
     * waitlist): asked with the person's token, answered as a relayed write is.
     */
    public Mono<WriteOutcome> read(HttpRequest<?> request, String servicePath) {
        return send(request, HttpMethod.GET, servicePath, null, ReadYourWrites.NOTHING_TO_WAIT_FOR);
    }

    /** The outcome as the JSON API passes it on. */
    public MutableHttpResponse<?> answer(HttpRequest<?> request, WriteOutcome outcome) {
        return RelayedAnswers.of(request, events, outcome);
    }

    /** The problem the service answered with, if it answered with one. */
    public Optional<Problem> problem(WriteOutcome outcome) {
        return outcome.answer().flatMap(answer -> read(answer.body(), Problem.class));
    }

    public <T> Optional<T> read(byte[] body, Class<T> type) {
        try {
            return Optional.ofNullable(json.readValue(body, Argument.of(type)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public byte[] json(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException unwritable) {
            throw new IllegalStateException("Could not write a request body for the events service", unwritable);
        }
    }

    private Mono<WriteOutcome> seatsChange(HttpRequest<?> request, HttpMethod method, UUID event, String path,
                                           @Nullable byte[] body) {
        var before = marks.seats(event);
        return send(request, method, path, body, answer -> readYourWrites.awaitShowing("the seats of event " + event,
            () -> ReadModelMarks.moved(before, marks.seats(event))));
    }

    private Mono<WriteOutcome> shiftChange(HttpRequest<?> request, HttpMethod method, UUID shift, String path,
                                           @Nullable byte[] body) {
        var before = marks.shift(shift);
        return send(request, method, path, body, answer -> readYourWrites.awaitShowing("the places of shift " + shift,
            () -> ReadModelMarks.moved(before, marks.shift(shift))));
    }

    private Mono<WriteOutcome> send(HttpRequest<?> request, HttpMethod method, String servicePath,
                                    @Nullable byte[] body,
                                    Function<ServiceAnswer, Mono<ReadYourWrites.ReadModel>> readModelShows) {
        return relay.send(request, events, method, servicePath, body, readModelShows);
    }
}
