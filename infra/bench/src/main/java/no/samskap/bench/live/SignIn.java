package no.samskap.bench.live;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Real access tokens from the platform's Keycloak: people of the samskap realm sign in with the test client's
 * password grant, as the demo data loader does; the administrator signs in to the master realm with admin-cli.
 */
final class SignIn {

    static final String TEST_CLIENT = "samskap-test-cli";

    private final HttpClient http;
    private final URI keycloak;

    SignIn(HttpClient http, URI keycloak) {
        this.http = http;
        this.keycloak = keycloak;
    }

    /** A demo user's token; their password is "demo-" and the username. */
    String demoUser(String username) {
        return person(username, "demo-" + username);
    }

    String person(String username, String password) {
        return token("samskap", TEST_CLIENT, username, password);
    }

    String administrator(String password) {
        return token("master", "admin-cli", "admin", password);
    }

    private String token(String realm, String client, String username, String password) {
        var form = "grant_type=password&client_id=" + encode(client) + "&username=" + encode(username)
            + "&password=" + encode(password);
        var request = HttpRequest.newBuilder(keycloak.resolve("/realms/" + realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        var response = send(http, request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Could not sign in as " + username + ": HTTP " + response.statusCode()
                + " " + response.body());
        }
        return JsonFields.text(response.body(), "access_token");
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
