package no.samskap.gateway.feedback.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.time.Duration;

/** Where the feedback service answers, and how long the gateway waits for it before saying it is down. */
@ConfigurationProperties("samskap-gateway")
record FeedbackSettings(@NotNull URI feedbackUrl, @NotNull Duration feedbackConnectTimeout,
                        @NotNull Duration feedbackReadTimeout) {
}
