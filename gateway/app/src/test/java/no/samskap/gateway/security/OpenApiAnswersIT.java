package no.samskap.gateway.security;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's OpenAPI document is checked against the API's real answers, not only its paths: every operation is
 * called as a visitor, with a bearer token that does not hold, as a resident and as staff with a bearer token, with
 * the sign-in cookie but no CSRF token, and with the services behind the gateway gone; every status seen must be one
 * the operation documents (ADR 0055).
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiAnswersIT {

    private static final Person RESIDENT = Person.ranaResident();
    private static final Person STAFF = new Person("rana-staff", "Kari Nordmann", "1833",
        List.of("staff", "default-roles-samskap"));
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private StandInProposals services;
    private GatewayUnderTest gateway;
    private Map<String, Object> document;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        services = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", services.url(), "samskap-gateway.organisations-url", services.url(),
            "samskap-gateway.events-url", services.url(), "samskap-gateway.feedback-url", services.url(),
            "samskap-gateway.read-your-writes.timeout", "100ms"));
        document = new Yaml().load(gateway.get("/openapi/samskap-1.yml").body());
    }

    @AfterAll
    void stop() {
        gateway.close();
        services.close();
    }

    @Test
    void namesTheSignInCookieAndTheBearerTokenAsTheWaysToSignIn() {
        var schemes = map(map(document.get("components")).get("securitySchemes"));
        var cookie = map(schemes.get("signInCookie"));
        var bearer = map(schemes.get("bearerToken"));

        assertAll(
            () -> assertEquals("apiKey", cookie.get("type")),
            () -> assertEquals("cookie", cookie.get("in")),
            () -> assertEquals("samskap_id", cookie.get("name")),
            () -> assertEquals("http", bearer.get("type")),
            () -> assertEquals("bearer", bearer.get("scheme")),
            () -> assertEquals("JWT", bearer.get("bearerFormat")));
        apiOperations().forEach((name, operation) -> {
            var security = String.valueOf(operation.get("security"));
            assertTrue(security.contains("signInCookie") && security.contains("bearerToken"), name + ": " + security);
        });
    }

    @Test
    void describesTheBodyAndContentTypeOfEveryWriteThatTakesOne() {
        var bodiless = new TreeSet<String>();
        apiOperations().forEach((name, operation) -> {
            var body = map(operation.get("requestBody"));
            if (!body.isEmpty() && map(body.get("content")).isEmpty()) {
                bodiless.add(name);
            }
        });

        assertTrue(bodiless.isEmpty(), "a request body without a content type: " + bodiless);
    }

    @Test
    void everyOperationNamesThe503OfAGatewayWithItsMostRequestsInFlight() {
        var without = new TreeSet<String>();
        apiOperations().forEach((name, operation) -> {
            if (!map(operation.get("responses")).containsKey("503")) {
                without.add(name);
            }
        });

        assertTrue(without.isEmpty(), "operations that do not name 503: " + without);
    }

    @Test
    void everyAnswerAnOperationGivesIsOneItsDocumentNames() {
        var undocumented = new TreeMap<String, Set<Integer>>();
        var seenAnywhere = new TreeSet<Integer>();
        var operations = apiOperations();
        for (var entry : operations.entrySet()) {
            var seen = new TreeSet<Integer>();
            for (var caller : callers(entry.getKey())) {
                seen.add(call(entry.getKey(), entry.getValue(), caller));
            }
            seenAnywhere.addAll(seen);
            var documented = map(entry.getValue().get("responses")).keySet().stream()
                .map(Integer::valueOf).collect(Collectors.toSet());
            seen.removeAll(documented);
            if (!seen.isEmpty()) {
                undocumented.put(entry.getKey(), seen);
            }
        }
        services.stop();
        try {
            for (var entry : operations.entrySet()) {
                var documented = map(entry.getValue().get("responses")).keySet();
                for (var person : List.of(RESIDENT, STAFF)) {
                    var status = call(entry.getKey(), entry.getValue(), bearer(person));
                    seenAnywhere.add(status);
                    if (!documented.contains(String.valueOf(status))) {
                        undocumented.computeIfAbsent(entry.getKey(), name -> new TreeSet<>()).add(status);
                    }
                }
            }
        } finally {
            services.startAgain();
        }

        assertAll(
            () -> assertTrue(undocumented.isEmpty(), "answers the document does not name: " + undocumented),
            () -> assertTrue(seenAnywhere.containsAll(Set.of(200, 400, 401, 403, 404, 503)),
                "the calls provoked only " + seenAnywhere));
    }

    private List<Map<String, String>> callers(String name) {
        var callers = new ArrayList<Map<String, String>>();
        callers.add(Map.of());
        callers.add(Map.of("Authorization", "Bearer not-a-token"));
        callers.add(bearer(RESIDENT));
        callers.add(bearer(STAFF));
        if (!name.startsWith("GET ")) {
            var provider = gateway.identityProvider();
            callers.add(Map.of("Cookie", "samskap_id=" + provider.idToken(RESIDENT, Duration.ofMinutes(5))
                + "; samskap_access=" + provider.accessToken(RESIDENT, Duration.ofMinutes(5)),
                "Content-Type", "text/plain"));
        }
        return callers;
    }

    private Map<String, String> bearer(Person person) {
        return Map.of("Authorization", "Bearer " + gateway.identityProvider().accessToken(person, Duration.ofMinutes(5)));
    }

    private int call(String name, Map<String, Object> operation, Map<String, String> headers) {
        var method = name.substring(0, name.indexOf(' '));
        var path = name.substring(name.indexOf(' ') + 1);
        var target = new StringBuilder(path.replace("{municipality}", "1833").replace("{file}", "ideas.json")
            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
        var separator = '?';
        for (var parameter : list(operation.get("parameters"))) {
            var described = map(parameter);
            if ("query".equals(described.get("in")) && Boolean.TRUE.equals(described.get("required"))) {
                target.append(separator).append(described.get("name")).append('=')
                    .append(URLEncoder.encode(sample(String.valueOf(described.get("name")),
                        map(described.get("schema"))), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        var takesBody = operation.containsKey("requestBody");
        var request = gateway.request(target.toString()).method(method, takesBody
            ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (takesBody && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return gateway.send(request.build()).statusCode();
    }

    private static String sample(String name, Map<String, Object> schema) {
        if (name.equals("municipality")) {
            return "1833";
        }
        return switch (String.valueOf(schema.get("type"))) {
            case "integer", "number" -> "10";
            default -> "kultur";
        };
    }

    private Map<String, Map<String, Object>> apiOperations() {
        var operations = new TreeMap<String, Map<String, Object>>();
        map(document.get("paths")).forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            map(item).forEach((method, operation) -> {
                if (METHODS.contains(method) && !streams(map(operation))) {
                    operations.put(method.toUpperCase(Locale.ROOT) + " " + path, map(operation));
                }
            });
        });
        return operations;
    }

    /** A live stream never ends, so it has no answer to judge. */
    private static boolean streams(Map<String, Object> operation) {
        return map(operation.get("responses")).values().stream()
            .anyMatch(response -> map(map(response).get("content")).containsKey("text/event-stream"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
