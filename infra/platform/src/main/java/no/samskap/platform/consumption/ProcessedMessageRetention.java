package no.samskap.platform.consumption;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * How long a service remembers the ids of messages it applied. A message comes again only when its offset was not
 * committed yet (seconds or minutes later) or in a replay, which forgets every id first; two weeks leaves a wide
 * margin for a consumer that was down for days and catches up. The purge forgets at most {@code purgeBatch} ids per
 * transaction, so an hour of a busy topic (or the backlog after days away) never becomes one huge delete.
 */
@ConfigurationProperties("samskap.messaging.processed")
public record ProcessedMessageRetention(@Bindable(defaultValue = "14d") @NotNull Duration keep,
                                        @Bindable(defaultValue = "10000") @Positive int purgeBatch) {
}
