package no.samskap.gateway.shell.signin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What Keycloak's token endpoint answers to a refresh. */
@Serdeable
record TokenSet(@JsonProperty("access_token") String accessToken,
                @JsonProperty("id_token") @Nullable String idToken,
                @JsonProperty("refresh_token") @Nullable String refreshToken) {
}
