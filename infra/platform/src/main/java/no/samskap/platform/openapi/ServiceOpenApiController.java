package no.samskap.platform.openapi;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI document the service's build generated from its own controllers (ADR 0049), at
 * {@code /openapi/<service>.yml}. A service names itself with {@code samskap.openapi.service}; one whose build wrote
 * no document does not start.
 */
@Controller("/openapi/${samskap.openapi.service}.yml")
@Requires(property = "samskap.openapi.service")
@Secured(SecurityRule.IS_ANONYMOUS)
final class ServiceOpenApiController {

    private final String yaml;

    ServiceOpenApiController(@Value("${samskap.openapi.service}") String service) {
        this.yaml = read("META-INF/samskap/openapi/" + service + ".yml");
    }

    @Get
    HttpResponse<String> document() {
        return HttpResponse.ok(yaml).contentType("application/yaml");
    }

    private static String read(String resource) {
        try (InputStream in = ServiceOpenApiController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("The OpenAPI document " + resource
                    + " is not on the classpath; build the service with the micronaut-openapi annotation processor");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("Could not read the OpenAPI document " + resource + ": " + e.getMessage(), e);
        }
    }
}
