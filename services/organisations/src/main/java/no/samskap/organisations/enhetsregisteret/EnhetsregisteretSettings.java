package no.samskap.organisations.enhetsregisteret;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.time.Duration;

/**
 * Where Enhetsregisteret's open API is and how long to wait for it. A lookup happens while a resident registers an
 * association, so the waits are short: the caller keeps what it has and retries later rather than hang.
 */
@ConfigurationProperties("samskap.enhetsregisteret")
record EnhetsregisteretSettings(@Bindable(defaultValue = "https://data.brreg.no") @NotNull URI url,
                                @Bindable(defaultValue = "2s") @NotNull Duration connectTimeout,
                                @Bindable(defaultValue = "5s") @NotNull Duration requestTimeout) {
}
