package no.samskap.gateway.shell.notifications.digest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * Where digest mail goes out. An empty {@code host} means no SMTP server is configured: digests are still decided
 * and kept in the mail table, and leave once a server is named. {@code site-url} is put before every link in a mail.
 */
@ConfigurationProperties("samskap.mail")
record MailConfiguration(
    @Bindable(defaultValue = "") String host,
    @Bindable(defaultValue = "25") @Min(1) @Max(65535) int port,
    @Bindable(defaultValue = "Samskap <ikke-svar@samskap.local>") @NotBlank String from,
    @Bindable(defaultValue = "http://127.0.0.1:8080") @NotBlank String siteUrl,
    @Bindable(defaultValue = "30s") @NotNull Duration pollInterval,
    @Bindable(defaultValue = "1m") @NotNull Duration firstRetry,
    @Bindable(defaultValue = "6h") @NotNull Duration longestRetry,
    @Bindable(defaultValue = "10s") @NotNull Duration timeout) {

    boolean configured() {
        return !host.isBlank();
    }

    /** How long a mail waits after its {@code attempts}-th refused send: twice as long each time, at most the longest. */
    Duration retryAfter(int attempts) {
        var wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
