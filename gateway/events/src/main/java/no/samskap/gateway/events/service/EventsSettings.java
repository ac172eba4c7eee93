package no.samskap.gateway.events.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.time.Duration;

/** Where the events service answers, and how long the gateway waits for it before saying it is down. */
@ConfigurationProperties("samskap-gateway")
record EventsSettings(@NotNull URI eventsUrl, @NotNull Duration eventsConnectTimeout,
                      @NotNull Duration eventsReadTimeout) {
}
