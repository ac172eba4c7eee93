package no.samskap.gateway.shell.writes;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/** How long a write waits for the gateway's read model to show it, and how often it looks. */
@ConfigurationProperties("samskap-gateway.read-your-writes")
record ReadYourWritesSettings(@NotNull Duration timeout, @NotNull Duration pollInterval) {
}
