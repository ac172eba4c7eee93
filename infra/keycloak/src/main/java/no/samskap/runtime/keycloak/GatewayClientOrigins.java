package no.samskap.runtime.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Lets the realm's gateway client send people back to one more origin after they sign in or out, through
 * Keycloak's admin REST API. The realm file allows only port 8080; a gateway started on another port (because
 * 8080 was taken, or {@code SAMSKAP_GATEWAY_PORT} chose one) would otherwise get "invalid redirect uri".
 */
public final class GatewayClientOrigins {

    private static final JsonMapper JSON = new JsonMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final String keycloakBaseUrl;
    private final String adminUsername;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

    public GatewayClientOrigins(String keycloakBaseUrl, String adminUsername, String adminPassword) {
        this.keycloakBaseUrl = keycloakBaseUrl;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    /**
     * Adds {@code origin} (such as {@code http://127.0.0.1:8085}) to the client's redirect and logout URIs, once, and
     * makes it the client's root URL, where the sign-in pages link back to.
     */
    public void allow(String origin) {
        var token = adminToken();
        var clients = keycloakBaseUrl + "/admin/realms/" + SamskapRealm.NAME + "/clients";
        var found = read(send(HttpRequest.newBuilder(URI.create(clients + "?clientId="
            + SamskapRealm.GATEWAY_CLIENT_ID)).header("Authorization", "Bearer " + token).GET()));
        if (!found.isArray() || found.isEmpty()) {
            throw new IllegalStateException("Keycloak has no client " + SamskapRealm.GATEWAY_CLIENT_ID);
        }
        var client = (ObjectNode) found.get(0);
        var pattern = origin + "/*";
        var redirects = (ArrayNode) client.withArray("redirectUris");
        for (var redirect : redirects) {
            if (redirect.asText().equals(pattern)) {
                return;
            }
        }
        redirects.add(pattern);
        // The sign-in page's link back to Samskap follows the gateway that asked last.
        client.put("rootUrl", origin);
        var attributes = client.with("attributes");
        var logouts = attributes.path("post.logout.redirect.uris").asText("");
        attributes.put("post.logout.redirect.uris", logouts.isEmpty() ? pattern : logouts + "##" + pattern);
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(client.toString())));
    }

    private String adminToken() {
        var form = "grant_type=password&client_id=admin-cli&username=" + encode(adminUsername)
            + "&password=" + encode(adminPassword);
        return read(send(HttpRequest.newBuilder(URI.create(keycloakBaseUrl + "/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)))).get("access_token").asText();
    }

    private String send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.request().uri());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's admin API did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to Keycloak", e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's admin API answered something that is not JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
