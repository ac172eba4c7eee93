package no.samskap.gateway.shell.web;

import io.micronaut.web.router.Router;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document is generated from the controllers at build time and names every route the gateway serves. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentIT {

    private static final String DOCUMENT = "/openapi/samskap-1.yml";

    /** Routes that are not the gateway's own API: Micronaut's sign-in callbacks, health, and static files. */
    private static final Set<String> NOT_DESCRIBED = Set.of("/oauth/", "/health", "/prometheus", "/assets/", "/openapi/");

    private GatewayUnderTest gateway;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @Test
    void isServedToAnyoneAsYaml() {
        var response = gateway.get(DOCUMENT);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("openapi: "), response.body().substring(0, 40));
    }

    @Test
    @SuppressWarnings("unchecked")
    void describesEveryRouteTheGatewayServes() {
        Map<String, Object> document = new Yaml().load(gateway.get(DOCUMENT).body());
        var described = new HashSet<String>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, operations) ->
            operations.keySet().forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path)));

        var served = gateway.bean(Router.class).uriRoutes()
            .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
            .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
            .filter(route -> NOT_DESCRIBED.stream().noneMatch(prefix -> route.split(" ")[1].startsWith(prefix)))
            .collect(Collectors.toSet());

        assertTrue(described.containsAll(served), "not in the OpenAPI document: "
            + served.stream().filter(route -> !described.contains(route)).sorted().toList());
    }
}
