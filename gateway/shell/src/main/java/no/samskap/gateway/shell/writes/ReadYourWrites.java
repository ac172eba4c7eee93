package no.samskap.gateway.shell.writes;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.services.ServiceAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Holds a successful write's answer back until the module's read model shows it, so the person's next read does too.
 * It looks at the read model's table rather than waiting for this gateway's projection to call back: with several
 * gateways in one consumer group, the message may be consumed by another one, and the table is what every gateway
 * reads from. A write the read model has not shown when the time is up is answered anyway, marked pending.
 */
@Singleton
public final class ReadYourWrites {

    public enum ReadModel { UP_TO_DATE, PENDING }

    /** For writes no read model shows, such as a report: the answer goes back as soon as it comes. */
    public static final Function<ServiceAnswer, Mono<ReadModel>> NOTHING_TO_WAIT_FOR =
        answer -> Mono.just(ReadModel.UP_TO_DATE);

    private static final Logger LOG = LoggerFactory.getLogger(ReadYourWrites.class);

    private final ReadYourWritesSettings settings;

    ReadYourWrites(ReadYourWritesSettings settings) {
        this.settings = settings;
    }

    /**
     * Waits until {@code shown} is true, looking again every poll interval up to the timeout; {@code wanted} only names
     * the wait in the log. {@code shown} runs on a thread that may block.
     */
    public Mono<ReadModel> awaitShowing(Object wanted, Callable<Boolean> shown) {
        return Mono.fromCallable(shown)
            .subscribeOn(Schedulers.boundedElastic())
            .filter(Boolean::booleanValue)
            .repeatWhenEmpty(attempts -> attempts.delayElements(settings.pollInterval()))
            .map(met -> ReadModel.UP_TO_DATE)
            .timeout(settings.timeout(), Mono.fromSupplier(() -> {
                LOG.info("The read model did not show {} within {} ms; answering with the read model pending.", wanted,
                    settings.timeout().toMillis());
                return ReadModel.PENDING;
            }))
            .onErrorResume(failure -> {
                LOG.warn("Could not look at the read model for {}; answering with the read model pending.", wanted, failure);
                return Mono.just(ReadModel.PENDING);
            });
    }
}
