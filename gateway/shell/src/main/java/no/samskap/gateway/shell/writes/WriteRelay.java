package no.samskap.gateway.shell.writes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.services.ServiceNotAnswering;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.platform.idempotency.IdempotencyKey;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.function.Function;

/**
 * Sends a signed-in person's write on to the service that owns it, under their own access token, so the service
 * alone decides whether they may; holds a successful answer back until the module's read model shows it
 * ({@code readModelShows}, usually through {@link ReadYourWrites}). A service that cannot be reached is an outcome,
 * never an error, so a page can say so and the JSON API can answer 503.
 */
@Singleton
public final class WriteRelay {

    private final AccessTokens accessTokens;

    WriteRelay(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    /** Passes on the Idempotency-Key the client sent, if any. */
    public Mono<WriteOutcome> send(HttpRequest<?> request, RelayTarget target, HttpMethod method, String servicePath,
                                   @Nullable byte[] jsonBody,
                                   Function<ServiceAnswer, Mono<ReadYourWrites.ReadModel>> readModelShows) {
        return send(request, target, method, servicePath, jsonBody,
            request.getHeaders().get(IdempotencyKey.HEADER), readModelShows);
    }

    /** As above, under the given Idempotency-Key, such as the one {@link FormRetries} derives for a page's form. */
    public Mono<WriteOutcome> send(HttpRequest<?> request, RelayTarget target, HttpMethod method, String servicePath,
                                   @Nullable byte[] jsonBody, @Nullable String idempotencyKey,
                                   Function<ServiceAnswer, Mono<ReadYourWrites.ReadModel>> readModelShows) {
        var accessToken = accessTokens.toRelay(request);
        if (accessToken.isEmpty()) {
            return Mono.just(WriteOutcome.without(WriteOutcome.Kind.NOT_SIGNED_IN));
        }
        var call = new ServiceCall(method, servicePath, Optional.ofNullable(jsonBody), accessToken.get(),
            idempotencyKey);
        return target.client().send(call)
            .flatMap(answer -> answer.succeeded()
                ? readModelShows.apply(answer).map(readModel -> WriteOutcome.answered(answer, readModel))
                : Mono.just(WriteOutcome.answered(answer, ReadYourWrites.ReadModel.UP_TO_DATE)))
            .onErrorResume(ServiceNotAnswering.class, failure -> Mono.just(WriteOutcome.without(
                failure.requestMayHaveArrived() ? WriteOutcome.Kind.MAY_HAVE_BEEN_SAVED : WriteOutcome.Kind.SERVICE_DOWN)));
    }

    /** As {@link #send}, on the service route of the request's own method, answered as the JSON API passes it on. */
    public Mono<MutableHttpResponse<?>> relay(HttpRequest<?> request, RelayTarget target, String servicePath,
                                              @Nullable byte[] jsonBody,
                                              Function<ServiceAnswer, Mono<ReadYourWrites.ReadModel>> readModelShows) {
        return send(request, target, request.getMethod(), servicePath, jsonBody, readModelShows)
            .map(outcome -> RelayedAnswers.of(request, target, outcome));
    }
}
