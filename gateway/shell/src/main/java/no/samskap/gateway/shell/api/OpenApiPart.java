package no.samskap.gateway.shell.api;

/**
 * A module's part of the gateway's OpenAPI document: the resource its build wrote from its own controllers (the
 * OpenAPI annotation processor with {@code micronaut.openapi.target.file} under {@code META-INF/samskap/openapi}).
 */
public record OpenApiPart(String resource) {
}
