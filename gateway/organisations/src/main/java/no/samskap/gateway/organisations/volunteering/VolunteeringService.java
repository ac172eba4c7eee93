package no.samskap.gateway.organisations.volunteering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.service.OrganisationsClient;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.writes.ReadYourWrites;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.gateway.shell.writes.WriteRelay;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The organisations service's volunteer, politiattest, help and hours routes, asked with the person's own token
 * through the module's client: the service decides who may do what; the pages only pass its answer on.
 */
@Singleton
public final class VolunteeringService {

    /** Longer than the relay's own read timeout and read-your-writes wait together, so those answer first. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WriteRelay relay;
    private final OrganisationsClient organisations;
    private final ReadYourWrites readYourWrites;
    private final JsonMapper json;

    VolunteeringService(WriteRelay relay, OrganisationsClient organisations, ReadYourWrites readYourWrites,
                        JsonMapper json) {
        this.relay = relay;
        this.organisations = organisations;
        this.readYourWrites = readYourWrites;
        this.json = json;
    }

    /** A write whose answer the read model shows once {@code shows} says so (given the service's answer). */
    public WriteOutcome write(HttpRequest<?> request, HttpMethod method, String servicePath, @Nullable Object body,
                              Function<ServiceAnswer, Optional<Callable<Boolean>>> shows) {
        return relay.send(request, organisations.relayTarget(), method, servicePath, body == null ? null : bytes(body),
                answer -> shows.apply(answer)
                    .map(test -> readYourWrites.awaitShowing(method + " " + servicePath, test))
                    .orElse(ReadYourWrites.NOTHING_TO_WAIT_FOR.apply(answer)))
            .blockOptional(PATIENCE).orElseThrow();
    }

    /** A write no read model shows. */
    public WriteOutcome write(HttpRequest<?> request, HttpMethod method, String servicePath, @Nullable Object body) {
        return write(request, method, servicePath, body, answer -> Optional.empty());
    }

    /** A read only the service can answer, with the person's token; the outcome tells a refusal from an answer. */
    public WriteOutcome read(HttpRequest<?> request, String servicePath) {
        return write(request, HttpMethod.GET, servicePath, null);
    }

    /** The body of a successful answer as {@code type}, or empty when there is none or it cannot be read. */
    public <T> Optional<T> body(WriteOutcome outcome, Argument<T> type) {
        return outcome.succeeded() ? body(outcome.answer().orElseThrow(), type) : Optional.empty();
    }

    public <T> Optional<T> body(ServiceAnswer answer, Argument<T> type) {
        try {
            return Optional.ofNullable(json.readValue(answer.body(), type));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A read anyone may make, such as checking a frivillighetsbevis by its code: asked without a token. */
    public <T> Optional<T> readAnonymously(String servicePath, Argument<T> type) {
        try {
            var answer = organisations.send(new ServiceCall(HttpMethod.GET, servicePath, Optional.empty(), null))
                .block(PATIENCE);
            return answer != null && answer.succeeded() ? body(answer, type) : Optional.empty();
        } catch (RuntimeException unreachable) {
            return Optional.empty();
        }
    }

    public ServiceRefusal refusal(WriteOutcome outcome) {
        return ServiceRefusal.of(outcome, json);
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
