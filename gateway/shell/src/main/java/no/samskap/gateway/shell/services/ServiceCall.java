package no.samskap.gateway.shell.services;

import io.micronaut.http.HttpMethod;

import java.util.Optional;

/**
 * A request to a service on a person's behalf: their access token (null for an anonymous visitor's read), and a JSON
 * body if there is one.
 */
public record ServiceCall(HttpMethod method, String path, Optional<byte[]> jsonBody, String accessToken) {
}
