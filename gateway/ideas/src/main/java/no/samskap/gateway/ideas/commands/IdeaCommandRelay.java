package no.samskap.gateway.ideas.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.proposals.ProposalsClient;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.services.ServiceNotAnswering;
import no.samskap.gateway.shell.signin.AccessTokens;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.function.Function;

/**
 * Sends a signed-in person's write on to the proposals service under their own access token, so the service alone
 * decides whether they may, and holds a successful answer back until the idea board shows it.
 */
@Singleton
public final class IdeaCommandRelay {

    /** For writes the idea board does not show, such as a report or a follow: nothing to wait for. */
    static final Function<ServiceAnswer, Optional<Expectation>> NOT_ON_THE_BOARD = answer -> Optional.empty();

    private final AccessTokens accessTokens;
    private final ProposalsClient proposals;
    private final ReadYourWrites readYourWrites;

    IdeaCommandRelay(AccessTokens accessTokens, ProposalsClient proposals, ReadYourWrites readYourWrites) {
        this.accessTokens = accessTokens;
        this.proposals = proposals;
        this.readYourWrites = readYourWrites;
    }

    Mono<WriteOutcome> relay(HttpRequest<?> request, HttpMethod method, String servicePath, @Nullable byte[] jsonBody,
                             Function<ServiceAnswer, Optional<Expectation>> boardShouldShow) {
        return relayUntil(request, method, servicePath, jsonBody, answer -> boardShouldShow == NOT_ON_THE_BOARD
            ? Mono.just(ReadYourWrites.ReadModel.UP_TO_DATE)
            : readYourWrites.awaitBoardShowing(boardShouldShow.apply(answer)));
    }

    /** For a write that another read model than the idea board must show: {@code readModelShows} waits for it. */
    Mono<WriteOutcome> relayUntil(HttpRequest<?> request, HttpMethod method, String servicePath,
                                  @Nullable byte[] jsonBody,
                                  Function<ServiceAnswer, Mono<ReadYourWrites.ReadModel>> readModelShows) {
        var accessToken = accessTokens.toRelay(request);
        if (accessToken.isEmpty()) {
            return Mono.just(WriteOutcome.without(WriteOutcome.Kind.NOT_SIGNED_IN));
        }
        var call = new ServiceCall(method, servicePath, Optional.ofNullable(jsonBody), accessToken.get());
        return proposals.send(call)
            .flatMap(answer -> answer.succeeded()
                ? readModelShows.apply(answer).map(readModel -> WriteOutcome.answered(answer, readModel))
                : Mono.just(WriteOutcome.answered(answer, ReadYourWrites.ReadModel.UP_TO_DATE)))
            .onErrorResume(ServiceNotAnswering.class, failure -> Mono.just(WriteOutcome.without(
                failure.requestMayHaveArrived() ? WriteOutcome.Kind.MAY_HAVE_BEEN_SAVED : WriteOutcome.Kind.SERVICE_DOWN)));
    }

    /** As {@link #relayUntil(HttpRequest, HttpMethod, String, byte[], Function)}, answered as the gateway passes it on. */
    public Mono<MutableHttpResponse<?>> relayUntil(HttpRequest<?> request, String servicePath, @Nullable byte[] jsonBody,
                                                   Function<ServiceAnswer, Mono<ReadYourWrites.ReadModel>> readModelShows) {
        return relayUntil(request, request.getMethod(), servicePath, jsonBody, readModelShows)
            .map(outcome -> RelayedAnswers.of(request, outcome));
    }

    /** The service's answer as the gateway passes it on, for a write on the service route of the same method. */
    public Mono<MutableHttpResponse<?>> relay(HttpRequest<?> request, String servicePath, @Nullable byte[] jsonBody,
                                              Function<ServiceAnswer, Optional<Expectation>> boardShouldShow) {
        return relay(request, request.getMethod(), servicePath, jsonBody, boardShouldShow)
            .map(outcome -> RelayedAnswers.of(request, outcome));
    }

    /**
     * For what the idea board does not show (settings, blocks, comments under moderation): the service's answer is
     * passed on as soon as it comes, with nothing to wait for.
     */
    public Mono<MutableHttpResponse<?>> relayAsAnswered(HttpRequest<?> request, String servicePath,
                                                        @Nullable byte[] jsonBody) {
        return relay(request, servicePath, jsonBody, NOT_ON_THE_BOARD);
    }
}
