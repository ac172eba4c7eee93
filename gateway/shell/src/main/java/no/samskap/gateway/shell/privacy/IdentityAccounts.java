package no.samskap.gateway.shell.privacy;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Removes a person's account from the realm they sign in with, through Keycloak's admin API as a service account
 * that may manage users and nothing else ({@code samskap.account-erasure.client-id}, ADR 0046). Removing the user ends
 * their Keycloak sessions too, so no refresh token of theirs works again.
 */
@Singleton
class IdentityAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityAccounts.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

    IdentityAccounts(@Value("${micronaut.security.oauth2.clients.keycloak.openid.issuer}") String issuer,
                     @Value("${samskap.account-erasure.client-id}") String clientId,
                     @Value("${samskap.account-erasure.client-secret}") String clientSecret, JsonMapper json) {
        this.issuer = issuer.replaceAll("/+$", "");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.json = json;
    }

    /** True when the account is gone, also when it was gone already. */
    boolean remove(String subjectId) {
        try {
            var removal = send(HttpRequest.newBuilder(URI.create(issuer.replace("/realms/", "/admin/realms/")
                    + "/users/" + URLEncoder.encode(subjectId, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + serviceAccountToken()).DELETE());
            if (removal.statusCode() == 204 || removal.statusCode() == 404) {
                return true;
            }
            LOG.warn("The identity provider refused to remove an account with {}.", removal.statusCode());
            return false;
        } catch (IOException failure) {
            LOG.warn("The identity provider could not be asked to remove an account: {}", failure.getMessage());
            return false;
        }
    }

    private String serviceAccountToken() throws IOException {
        var form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        var answer = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 200) {
            throw new IOException("the service account got no token (" + answer.statusCode() + ")");
        }
        return String.valueOf(json.readValue(answer.body(), Map.class).get("access_token"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
