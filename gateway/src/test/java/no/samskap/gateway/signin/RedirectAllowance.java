package no.samskap.gateway.signin;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import no.samskap.runtime.keycloak.KeycloakServer;
import no.samskap.runtime.keycloak.SamskapRealm;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lets the gateway client of a test's own Keycloak redirect to one more port, through the admin REST API. The realm
 * file allows only port 8080; a test falls back to this when something else already listens there.
 */
public final class RedirectAllowance {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    private RedirectAllowance() {
    }

    public static void allow(KeycloakServer keycloak, String adminPassword, String origin) throws IOException, InterruptedException {
        var token = adminToken(keycloak, adminPassword);
        var clients = keycloak.baseUrl() + "/admin/realms/" + SamskapRealm.NAME + "/clients";
        var found = JSON.readValue(send(HttpRequest.newBuilder(URI.create(clients + "?clientId="
            + SamskapRealm.GATEWAY_CLIENT_ID)).header("Authorization", "Bearer " + token).GET().build()),
            Argument.listOf(Argument.mapOf(String.class, Object.class)));
        var client = new HashMap<>(found.get(0));
        var redirects = new ArrayList<Object>((List<?>) client.get("redirectUris"));
        redirects.add(origin + "/*");
        client.put("redirectUris", redirects);
        @SuppressWarnings("unchecked")
        var attributes = new HashMap<>((Map<String, Object>) client.get("attributes"));
        attributes.put("post.logout.redirect.uris", attributes.get("post.logout.redirect.uris") + "##" + origin + "/*");
        client.put("attributes", attributes);
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id")))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(client)))
            .build());
    }

    private static String adminToken(KeycloakServer keycloak, String adminPassword)
            throws IOException, InterruptedException {
        var form = "grant_type=password&client_id=admin-cli&username=" + KeycloakServer.ADMIN_USERNAME
            + "&password=" + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        var body = send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
        return (String) JSON.readValue(body, Argument.mapOf(String.class, Object.class)).get("access_token");
    }

    private static String send(HttpRequest request) throws IOException, InterruptedException {
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                + ": " + response.body());
        }
        return response.body();
    }
}
