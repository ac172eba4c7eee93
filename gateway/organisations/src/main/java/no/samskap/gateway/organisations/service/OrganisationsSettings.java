package no.samskap.gateway.organisations.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.time.Duration;

/** Where the organisations service answers, and how long the gateway waits for it before saying it is down. */
@ConfigurationProperties("samskap-gateway")
record OrganisationsSettings(@NotNull URI organisationsUrl, @NotNull Duration organisationsConnectTimeout,
                             @NotNull Duration organisationsReadTimeout) {
}
