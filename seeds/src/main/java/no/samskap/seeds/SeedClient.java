package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Calls the services' public APIs as a demo user, signed in with the test client's password grant. */
final class SeedClient {

    private static final JsonMapper JSON = new JsonMapper();
    private static final int TOO_MANY_WRITES = 429;
    private static final int MOST_WAITS = 3;

    private final URI tokenUrl;
    private final String clientId;
    private final Function<String, String> passwordOf;
    /**
     * Tokens by identity provider, client and user, shared by every loader's client until shortly before they
     * expire: each loader signs in the demo users it needs, and a sign-in costs Keycloak a password hash (about a
     * tenth of a second), which made up most of a warm start's check of the demo data.
     */
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SeedClient(URI tokenUrl, String clientId, Function<String, String> passwordOf) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.passwordOf = passwordOf;
    }

    /** {@code body} null sends none; {@code what} and {@code step} name the call in a failure. */
    JsonNode call(URI service, String what, String step, String user, String method, String path,
                  Map<String, ?> body) {
        var response = exchange(service, user, method, path, body);
        if (response.statusCode() / 100 != 2) {
            throw new SeedException("Could not " + step + " " + what + " as " + user + ": HTTP "
                + response.statusCode() + " " + response.body());
        }
        return parse(response.body());
    }

    /** The answer whatever its status, for a caller that knows what a refusal means (already there, say). */
    HttpResponse<String> exchange(URI service, String user, String method, String path, Map<String, ?> body) {
        var request = HttpRequest.newBuilder(service.resolve(path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + tokenOf(user))
            .timeout(Duration.ofSeconds(15))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(write(body)))
            .build();
        var response = send(request);
        for (var waits = 0; response.statusCode() == TOO_MANY_WRITES && waits < MOST_WAITS; waits++) {
            waitAsTold(response);
            response = send(request);
        }
        return response;
    }

    /**
     * A demo user writes faster than a person could and may meet the services' rate limit (ADR 0048); the refusal
     * says how long to wait, and the write is sent again after that.
     */
    private static void waitAsTold(HttpResponse<String> refusal) {
        var seconds = refusal.headers().firstValue("Retry-After").filter(value -> value.matches("\\d{1,4}"))
            .map(Long::parseLong).orElse(1L);
        try {
            Thread.sleep(Duration.ofSeconds(Math.min(seconds, 120)).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("Interrupted while waiting out a rate limit");
        }
    }

    /** Who the demo user is to the services: the subject id and name their token carries. */
    record Person(String subject, String name) {
    }

    /** For staff who record the person by id, as at the door when someone walks in. */
    Person personOf(String user) {
        var parts = tokenOf(user).split("\\.");
        if (parts.length < 2) {
            throw new SeedException("The token of " + user + " is not a JWT");
        }
        var claims = parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        return new Person(claims.path("sub").asText(), claims.path("name").asText(user));
    }

    /** An anonymous GET that must answer 200. */
    JsonNode read(URI uri, String what) {
        var response = send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).GET().build());
        if (response.statusCode() != 200) {
            throw new SeedException("Could not read " + what + ": HTTP " + response.statusCode());
        }
        return parse(response.body());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new SeedException("Not JSON: " + body);
        }
    }

    private String tokenOf(String username) {
        var key = tokenUrl + " " + clientId + " " + username;
        var kept = TOKENS.get(key);
        if (kept != null && Instant.now().isBefore(kept.usableUntil())) {
            return kept.value();
        }
        var fresh = signIn(username);
        TOKENS.put(key, fresh);
        return fresh.value();
    }

    private Token signIn(String user) {
        var form = "grant_type=password&client_id=" + encode(clientId) + "&username=" + encode(user)
            + "&password=" + encode(passwordOf.apply(user));
        var response = send(HttpRequest.newBuilder(tokenUrl)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(15))
            .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new SeedException("Could not sign in as " + user + ": HTTP " + response.statusCode());
        }
        var answer = parse(response.body());
        var lifetime = Duration.ofSeconds(answer.path("expires_in").asLong(0));
        return new Token(answer.get("access_token").asText(), Instant.now().plus(lifetime).minus(TOKEN_MARGIN));
    }

    private record Token(String value, Instant usableUntil) {
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SeedException(request.uri() + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("Interrupted while loading demo data");
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String write(Map<String, ?> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new SeedException("Could not write " + body);
        }
    }
}
