package no.samskap.gateway.shell.web;

import io.micronaut.web.router.Router;
import no.samskap.contract.AsyncApiDocument;
import no.samskap.contract.MessageCatalogue;
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

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document is generated from the controllers at build time and names every route the gateway serves; the
 * AsyncAPI document the contract makes is served beside it (ADR 0057).
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentIT {

    private static final String DOCUMENT = "/openapi/samskap-1.yml";
    private static final String MESSAGES = "/asyncapi/samskap-1.yml";

    /** Routes that are not the gateway's own API: Micronaut's sign-in callbacks, health, static files, the documents. */
    private static final Set<String> NOT_DESCRIBED = Set.of("/oauth/", "/health", "/prometheus", "/assets/", "/openapi/",
        "/asyncapi/");

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

    @Test
    void theAsyncApiDocumentIsServedToAnyoneAsYaml() {
        var response = gateway.get(MESSAGES);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/yaml"));
        assertTrue(response.body().startsWith("asyncapi: "), response.body().substring(0, 40));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAsyncApiDocumentNamesEveryMessageTypeOfTheCatalogueOnItsTopic() {
        Map<String, Object> document = new Yaml().load(gateway.get(MESSAGES).body());
        var channels = (Map<String, Map<String, Object>>) document.get("channels");

        assertEquals(AsyncApiDocument.VERSION, document.get("asyncapi"));
        assertAll(MessageCatalogue.all().stream().map(type -> () -> {
            var channel = channels.get(type.topic());
            assertEquals("{prefix}" + type.topic(), channel.get("address"));
            assertTrue(((Map<String, Object>) channel.get("messages")).containsKey(AsyncApiDocument.messageId(type)),
                AsyncApiDocument.messageId(type));
        }));
    }
}
