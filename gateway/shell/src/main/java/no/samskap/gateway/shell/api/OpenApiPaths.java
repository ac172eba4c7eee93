package no.samskap.gateway.shell.api;

import java.util.Map;

/**
 * Paths served by routes built at start-up, which the build-time description cannot see, described as OpenAPI
 * path items by their path.
 */
public interface OpenApiPaths {

    Map<String, Object> paths();
}
