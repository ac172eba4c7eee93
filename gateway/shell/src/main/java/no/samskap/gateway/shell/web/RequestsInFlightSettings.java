package no.samskap.gateway.shell.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;

/** How many requests the gateway works on at once before it answers the next with 503 (ADR 0063). */
@ConfigurationProperties("samskap-gateway.requests-in-flight")
record RequestsInFlightSettings(@Bindable(defaultValue = "20") @Positive int max) {
}
