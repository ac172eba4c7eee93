package no.samskap.gateway.ideas.staff;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.UUID;

/**
 * Holds the page's redirect after a successful staff write until the inbox shows it, so the inbox the person is
 * sent back to no longer lists what they just handled. Writes that change an idea's status are awaited on the idea
 * board before this; moderation leaves the status as it was, so the inbox's own table is what tells. When the time
 * is up the person is sent back anyway: the live updates will bring the change.
 */
@Singleton
class InboxCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(InboxCatchUp.class);

    private final StaffInbox inbox;
    private final Duration timeout;
    private final Duration pollInterval;

    InboxCatchUp(StaffInbox inbox, @Value("${samskap-gateway.read-your-writes.timeout}") Duration timeout,
                 @Value("${samskap-gateway.read-your-writes.poll-interval}") Duration pollInterval) {
        this.inbox = inbox;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    Mono<Boolean> awaitShowing(StaffAction action, UUID item) {
        var condition = conditionFor(action);
        if (condition == null) {
            return Mono.just(true);
        }
        return Mono.fromCallable(() -> inbox.shows(condition, item))
            .subscribeOn(Schedulers.boundedElastic())
            .filter(Boolean::booleanValue)
            .repeatWhenEmpty(attempts -> attempts.delayElements(pollInterval))
            .timeout(timeout, Mono.fromSupplier(() -> {
                LOG.info("The staff inbox did not show {} of {} within {} ms.", action, item, timeout.toMillis());
                return false;
            }))
            .onErrorResume(failure -> {
                LOG.warn("Could not look at the staff inbox for {} of {}.", action, item, failure);
                return Mono.just(false);
            });
    }

    private static String conditionFor(StaffAction action) {
        return switch (action) {
            case HIDE -> "select 1 from staff_inbox_idea where id = ? and hidden_at is not null";
            case RESTORE -> "select 1 from staff_inbox_idea where id = ? and hidden_at is null";
            case DECIDE_APPEAL -> "select 1 from staff_inbox_idea where id = ? and appealed_at is null";
            case HIDE_COMMENT -> "select 1 from staff_inbox_comment where id = ? and hidden_at is not null";
            case RESTORE_COMMENT -> "select 1 from staff_inbox_comment where id = ? and hidden_at is null";
            default -> null;
        };
    }
}
