package no.samskap.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micronaut.context.BeanProvider;

/**
 * The registry the platform's meters go to: Micronaut's, or, where {@code micronaut.metrics.enabled} is false and there
 * is none, Micrometer's global one, which keeps nothing until a registry is added to it. So turning metrics off never
 * stops a deployable from starting.
 */
public final class Meters {

    private Meters() {
    }

    public static MeterRegistry registry(BeanProvider<MeterRegistry> registries) {
        return registries.isPresent() ? registries.get() : Metrics.globalRegistry;
    }
}
