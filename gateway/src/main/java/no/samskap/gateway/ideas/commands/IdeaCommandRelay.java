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

    public Mono<MutableHttpResponse<?>> relay(HttpRequest<?> request, String servicePath, @Nullable byte[] jsonBody,
                                              Function<ServiceAnswer, Optional<Expectation>> boardShouldShow) {
        var accessToken = accessTokens.toRelay(request);
        if (accessToken.isEmpty()) {
            return Mono.just(RelayedAnswers.noAccessTokenToRelay(request));
        }
        var call = new ServiceCall(request.getMethod(), servicePath, Optional.ofNullable(jsonBody), accessToken.get());
        return proposals.send(call)
            .flatMap(answer -> answer.succeeded()
                ? readYourWrites.awaitBoardShowing(boardShouldShow.apply(answer))
                    .map(readModel -> RelayedAnswers.passedOn(answer, readModel))
                : Mono.just(RelayedAnswers.passedOn(answer, ReadYourWrites.ReadModel.UP_TO_DATE)))
            .onErrorResume(ServiceNotAnswering.class,
                failure -> Mono.just(RelayedAnswers.serviceNotAnswering(request, failure)));
    }

    /**
     * For what the idea board does not show (settings, blocks, comments under moderation): the service's answer is
     * passed on as soon as it comes, with nothing to wait for.
     */
    public Mono<MutableHttpResponse<?>> relayAsAnswered(HttpRequest<?> request, String servicePath,
                                                        @Nullable byte[] jsonBody) {
        var accessToken = accessTokens.toRelay(request);
        if (accessToken.isEmpty()) {
            return Mono.just(RelayedAnswers.noAccessTokenToRelay(request));
        }
        var call = new ServiceCall(request.getMethod(), servicePath, Optional.ofNullable(jsonBody), accessToken.get());
        return proposals.send(call)
            .<MutableHttpResponse<?>>map(answer -> RelayedAnswers.passedOn(answer, ReadYourWrites.ReadModel.UP_TO_DATE))
            .onErrorResume(ServiceNotAnswering.class,
                failure -> Mono.just(RelayedAnswers.serviceNotAnswering(request, failure)));
    }
}
