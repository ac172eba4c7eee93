package no.samskap.platform.ratelimits;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * {@code samskap.rate-limits.municipalities.<kommunenummer>}: one municipality's own limits; what it leaves out comes
 * from {@link RateLimitSettings}.
 */
@EachProperty(RateLimitSettings.PREFIX + ".municipalities")
public record MunicipalityRateLimits(@Parameter String municipality, @Nullable Duration window,
                                     @Nullable Integer personWrites, @Nullable Integer addressWrites) {
}
