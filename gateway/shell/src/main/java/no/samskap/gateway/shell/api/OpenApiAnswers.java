package no.samskap.gateway.shell.api;

import io.micronaut.http.MediaType;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Completes each {@code /api/} operation of the joined document with what the build-time description cannot know:
 * how to sign in (the sign-in cookie or a Keycloak access token as a bearer token, ADR 0055) and the refusals the
 * route can answer, each as problem+json. Which refusals apply is read from the route itself: a write can be refused
 * for CSRF and by the rate limits, a route that is not open to visitors can refuse a person, a route with a path
 * parameter can miss, a route that {@link CallsAService} passes on what the service answers (a miss, a conflict)
 * and says so when the service does not answer, and every route but a live stream can find the gateway full.
 */
final class OpenApiAnswers {

    static final String COOKIE = "signInCookie";
    static final String BEARER = "bearerToken";
    private static final String PROBLEM = "application/problem+json";

    private final Map<String, UriRouteInfo<?, ?>> routes = new TreeMap<>();

    OpenApiAnswers(Router router) {
        router.uriRoutes().forEach(route -> routes.put(key(route.getHttpMethodName(),
            route.getUriMatchTemplate().toPathString()), route));
    }

    static Map<String, Object> securitySchemes() {
        var schemes = new LinkedHashMap<String, Object>();
        schemes.put(COOKIE, Map.of("type", "apiKey", "in", "cookie", "name", "samskap_id",
            "description", "A browser's sign-in (the ID token the gateway set after signing in at Keycloak). Every"
                + " write that is not JSON must repeat the CSRF token in the form field _csrf or the header"
                + " X-CSRF-Token."));
        schemes.put(BEARER, Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
            "description", "A Keycloak access token of the municipality's realm for the audience samskap-services,"
                + " as Authorization: Bearer <token>. No CSRF token is needed; a token that does not hold answers 401"
                + " on every route."));
        return schemes;
    }

    /** RFC 9457 problem details, as every refusal of the API is written. */
    static Map<String, Object> problemSchema() {
        var text = Map.of("type", "string");
        var properties = new LinkedHashMap<String, Object>();
        properties.put("type", text);
        properties.put("title", text);
        properties.put("status", Map.of("type", "integer"));
        properties.put("detail", text);
        properties.put("instance", text);
        properties.put("errors", Map.of("type", "array", "items", Map.of("type", "object",
            "properties", Map.of("field", text, "message", text))));
        properties.put("link", text);
        return Map.of("type", "object", "properties", properties);
    }

    /** The operation with its security and refusals; operations of other paths come back as they were. */
    @SuppressWarnings("unchecked")
    Object complete(String path, String method, Object described) {
        if (!path.startsWith("/api/") || !(described instanceof Map<?, ?> map)) {
            return described;
        }
        var operation = new LinkedHashMap<String, Object>((Map<String, Object>) map);
        var route = routes.get(key(method, path));
        var write = !method.equalsIgnoreCase("get");
        var rules = route == null ? List.<String>of() : List.of(route.getAnnotationMetadata().stringValues(Secured.class));
        var anonymous = rules.contains(SecurityRule.IS_ANONYMOUS);
        var callsAService = route != null && route.getAnnotationMetadata().hasAnnotation(CallsAService.class);
        var takesInput = write || operation.containsKey("requestBody") || operation.containsKey("parameters");

        var responses = new TreeMap<String, Object>(operation.get("responses") instanceof Map<?, ?> given
            ? (Map<String, Object>) given : Map.of());
        refusal(responses, takesInput, "400", "The request is malformed, or a field or parameter is invalid; errors"
            + " names each.");
        refusal(responses, true, "401", anonymous ? "A bearer token was sent that does not hold."
            : "Not signed in, or the bearer token does not hold.");
        refusal(responses, write || !anonymous, "403", "Not allowed for this person, or a write with the cookie came"
            + " without its CSRF token or from another site.");
        refusal(responses, path.contains("{") || callsAService, "404", "Nothing of that id that this person may see,"
            + " or nothing the service knows for them.");
        refusal(responses, write && callsAService, "409", "The change conflicts with the state it would change.");
        refusal(responses, write, "429", "Too many writes from this person or address; Retry-After says when to try"
            + " again.");
        refusal(responses, !streams(route), "503", callsAService
            ? "The gateway is working on as many requests as it takes (Retry-After says when to try again), or the"
                + " service behind it did not answer."
            : "The gateway is working on as many requests as it takes; Retry-After says when to try again.");
        operation.put("responses", responses);
        operation.put("security", anonymous
            ? List.of(Map.of(), Map.of(COOKIE, List.of()), Map.of(BEARER, List.of()))
            : List.of(Map.of(COOKIE, List.of()), Map.of(BEARER, List.of())));
        return operation;
    }

    private static boolean streams(UriRouteInfo<?, ?> route) {
        return route != null && route.getProduces().contains(MediaType.TEXT_EVENT_STREAM_TYPE);
    }

    private static void refusal(Map<String, Object> responses, boolean applies, String status, String description) {
        if (applies && !responses.containsKey(status)) {
            responses.put(status, Map.of("description", description,
                "content", Map.of(PROBLEM, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
        }
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
