package no.samskap.gateway.ideas.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import no.samskap.gateway.services.ProposalsClient;
import no.samskap.gateway.services.ServiceAnswer;
import no.samskap.gateway.services.ServiceCall;
import no.samskap.gateway.services.ServiceNotAnswering;
import no.samskap.gateway.signin.AccessTokens;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.function.Function;

/**
 * Sends a signed-in person's write on to the proposals service under their own access token, so the service alone
 * decides whether they may, and holds a successful answer back until the idea board shows it.
 */
@Singleton
public final class IdeaCommandRelay {

    private final AccessTokens accessTokens;
    private final ProposalsClient proposals;
    private final ReadYourWrites readYourWrites;

    IdeaCommandRelay(AccessTokens accessTokens, ProposalsClient proposals, ReadYourWrites readYourWrites) {
        this.accessTokens = accessTokens;
        this.proposals = proposals;
        this.readYourWrites = readYourWrites;
    }

    Mono<MutableHttpResponse<?>> relay(HttpRequest<?> request, String servicePath, @Nullable byte[] jsonBody,
                                       Function<ServiceAnswer, Optional<Expectation>> boardShouldShow) {
        return relayUntil(request, servicePath, jsonBody,
            answer -> readYourWrites.awaitBoardShowing(boardShouldShow.apply(answer)));
    }

    /** As above, for a write that another read model than the idea board must show: {@code readModelShows} waits for it. */
    public Mono<MutableHttpResponse<?>> relayUntil(HttpRequest<?> request, String servicePath, @Nullable byte[] jsonBody,
                                                   Function<ServiceAnswer, Mono<ReadYourWrites.ReadModel>> readModelShows) {
        var accessToken = accessTokens.toRelay(request);
        if (accessToken.isEmpty()) {
            return Mono.just(RelayedAnswers.noAccessTokenToRelay(request));
        }
        var call = new ServiceCall(request.getMethod(), servicePath, Optional.ofNullable(jsonBody), accessToken.get());
        return proposals.send(call)
            .flatMap(answer -> answer.succeeded()
                ? readModelShows.apply(answer)
                    .map(readModel -> RelayedAnswers.passedOn(answer, readModel))
                : Mono.just(RelayedAnswers.passedOn(answer, ReadYourWrites.ReadModel.UP_TO_DATE)))
            .onErrorResume(ServiceNotAnswering.class,
                failure -> Mono.just(RelayedAnswers.serviceNotAnswering(request, failure)));
    }
}
