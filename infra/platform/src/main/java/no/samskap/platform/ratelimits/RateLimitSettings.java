package no.samskap.platform.ratelimits;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * {@code samskap.rate-limits}: how many writes one person (in the gateway and every service) and one address (in the
 * gateway) may make per window, unless their municipality says otherwise ({@link MunicipalityRateLimits}).
 * {@code person-filter} is off only where another filter counts people already (the gateway's).
 */
@ConfigurationProperties(RateLimitSettings.PREFIX)
public record RateLimitSettings(@Bindable(defaultValue = "60s") @NotNull Duration window,
                                @Bindable(defaultValue = "60") @Positive int personWrites,
                                @Bindable(defaultValue = "300") @Positive int addressWrites,
                                @Bindable(defaultValue = "true") boolean personFilter) {

    public static final String PREFIX = "samskap.rate-limits";
}
