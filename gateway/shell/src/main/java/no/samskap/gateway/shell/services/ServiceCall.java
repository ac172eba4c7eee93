package no.samskap.gateway.shell.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;

import java.util.Optional;

/**
 * A request to a service on a person's behalf: their access token (null for an anonymous visitor's read), a JSON
 * body if there is one, and the Idempotency-Key that makes a retry of the write answer the first result.
 */
public record ServiceCall(HttpMethod method, String path, Optional<byte[]> jsonBody, String accessToken,
                          @Nullable String idempotencyKey) {

    public ServiceCall(HttpMethod method, String path, Optional<byte[]> jsonBody, String accessToken) {
        this(method, path, jsonBody, accessToken, null);
    }
}
