package no.samskap.gateway.ideas.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.proposals.ProposalsClient;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.writes.ReadYourWrites;
import no.samskap.gateway.shell.writes.RelayTarget;
import no.samskap.gateway.shell.writes.RelayedAnswers;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.gateway.shell.writes.WriteRelay;
import no.samskap.platform.idempotency.IdempotencyKey;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.function.Function;

/**
 * The shell's write relay aimed at the proposals service, with what only this module knows: when the idea board
 * shows a write.
 */
@Singleton
public final class IdeaCommandRelay {

    /** For writes the idea board does not show, such as a report or a follow: nothing to wait for. */
    static final Function<ServiceAnswer, Optional<Expectation>> NOT_ON_THE_BOARD = answer -> Optional.empty();

    private final WriteRelay relay;
    private final RelayTarget proposals;
    private final ReadYourWrites readYourWrites;
    private final IdeaBoardRows rows;

    IdeaCommandRelay(WriteRelay relay, ProposalsClient proposals, ReadYourWrites readYourWrites, IdeaBoardRows rows) {
        this.relay = relay;
        this.proposals = proposals.relayTarget();
        this.readYourWrites = readYourWrites;
        this.rows = rows;
    }

    Mono<WriteOutcome> relay(HttpRequest<?> request, HttpMethod method, String servicePath, @Nullable byte[] jsonBody,
                             Function<ServiceAnswer, Optional<Expectation>> boardShouldShow) {
        return relay(request, method, servicePath, jsonBody, request.getHeaders().get(IdempotencyKey.HEADER),
            boardShouldShow);
    }

    Mono<WriteOutcome> relay(HttpRequest<?> request, HttpMethod method, String servicePath, @Nullable byte[] jsonBody,
                             @Nullable String idempotencyKey,
                             Function<ServiceAnswer, Optional<Expectation>> boardShouldShow) {
        return relay.send(request, proposals, method, servicePath, jsonBody, idempotencyKey,
            boardShouldShow == NOT_ON_THE_BOARD
            ? ReadYourWrites.NOTHING_TO_WAIT_FOR
            : answer -> awaitBoardShowing(boardShouldShow.apply(answer)));
    }

    /** A write by {@code method} that the read model shows once {@code shown} says so. */
    Mono<WriteOutcome> relayWaitingFor(HttpRequest<?> request, HttpMethod method, String servicePath,
                                       @Nullable byte[] jsonBody, Function<ServiceAnswer, Optional<Object>> wanted,
                                       java.util.function.Predicate<Object> shown) {
        return relay.send(request, proposals, method, servicePath, jsonBody, request.getHeaders().get(IdempotencyKey.HEADER),
            answer -> wanted.apply(answer)
                .map(expected -> readYourWrites.awaitShowing(expected, () -> shown.test(expected)))
                .orElseGet(() -> Mono.just(ReadYourWrites.ReadModel.PENDING)));
    }

    /** For a write that another read model than the idea board must show: {@code readModelShows} waits for it. */
    public Mono<MutableHttpResponse<?>> relayUntil(HttpRequest<?> request, String servicePath, @Nullable byte[] jsonBody,
                                                   Function<ServiceAnswer, Mono<ReadYourWrites.ReadModel>> readModelShows) {
        return relay.relay(request, proposals, servicePath, jsonBody, readModelShows);
    }

    /** The service's answer as the gateway passes it on, for a write on the service route of the same method. */
    public Mono<MutableHttpResponse<?>> relay(HttpRequest<?> request, String servicePath, @Nullable byte[] jsonBody,
                                              Function<ServiceAnswer, Optional<Expectation>> boardShouldShow) {
        return relay(request, request.getMethod(), servicePath, jsonBody, boardShouldShow)
            .map(outcome -> answer(request, outcome));
    }

    /**
     * For what the idea board does not show (settings, blocks, comments under moderation): the service's answer is
     * passed on as soon as it comes, with nothing to wait for.
     */
    public Mono<MutableHttpResponse<?>> relayAsAnswered(HttpRequest<?> request, String servicePath,
                                                        @Nullable byte[] jsonBody) {
        return relayUntil(request, servicePath, jsonBody, ReadYourWrites.NOTHING_TO_WAIT_FOR);
    }

    MutableHttpResponse<?> answer(HttpRequest<?> request, WriteOutcome outcome) {
        return RelayedAnswers.of(request, proposals, outcome);
    }

    /** An unknown expectation cannot be confirmed, so it is pending. */
    private Mono<ReadYourWrites.ReadModel> awaitBoardShowing(Optional<Expectation> expectation) {
        return expectation.map(wanted -> readYourWrites.awaitShowing(wanted, () -> rows.meet(wanted)))
            .orElseGet(() -> Mono.just(ReadYourWrites.ReadModel.PENDING));
    }
}
