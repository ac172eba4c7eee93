package no.samskap.gateway.ideas.proposals;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.time.Duration;

/** Where the proposals service answers, and how long the gateway waits for it before telling the person it is down. */
@ConfigurationProperties("samskap-gateway")
record ProposalsSettings(@NotNull URI proposalsUrl, @NotNull Duration proposalsConnectTimeout,
                         @NotNull Duration proposalsReadTimeout) {
}
