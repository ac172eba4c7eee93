package no.samskap.gateway.ideas.commands;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Optional;

/**
 * Holds a successful write's answer back until the idea board shows it, so the person's next read does too. It
 * looks at the board's table rather than waiting for this gateway's projection to call back: with several gateways
 * in one consumer group, the idea's partition may be consumed by another one, and the table is what every gateway
 * reads from. A write the board has not shown when the time is up is answered anyway, marked pending.
 */
@Singleton
public final class ReadYourWrites {

    public enum ReadModel { UP_TO_DATE, PENDING }

    private static final Logger LOG = LoggerFactory.getLogger(ReadYourWrites.class);

    private final IdeaBoardRows rows;
    private final ReadYourWritesSettings settings;

    ReadYourWrites(IdeaBoardRows rows, ReadYourWritesSettings settings) {
        this.rows = rows;
        this.settings = settings;
    }

    /** An unknown expectation cannot be confirmed, so it is pending. */
    Mono<ReadModel> awaitBoardShowing(Optional<Expectation> expectation) {
        if (expectation.isEmpty()) {
            return Mono.just(ReadModel.PENDING);
        }
        var wanted = expectation.get();
        return awaitShowing(wanted, () -> rows.meet(wanted));
    }

    /**
     * Waits the same way until {@code shown} is true, for a read model other than the idea board; {@code wanted}
     * only names the wait in the log. {@code shown} runs on a thread that may block.
     */
    public Mono<ReadModel> awaitShowing(Object wanted, java.util.concurrent.Callable<Boolean> shown) {
        return Mono.fromCallable(shown)
            .subscribeOn(Schedulers.boundedElastic())
            .filter(Boolean::booleanValue)
            .repeatWhenEmpty(attempts -> attempts.delayElements(settings.pollInterval()))
            .map(met -> ReadModel.UP_TO_DATE)
            .timeout(settings.timeout(), Mono.fromSupplier(() -> {
                LOG.info("The idea board did not show {} within {} ms; answering with the read model pending.", wanted,
                    settings.timeout().toMillis());
                return ReadModel.PENDING;
            }))
            .onErrorResume(failure -> {
                LOG.warn("Could not look at the idea board for {}; answering with the read model pending.", wanted, failure);
                return Mono.just(ReadModel.PENDING);
            });
    }
}
