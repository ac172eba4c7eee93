package no.samskap.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Signs demo users in as the seed loaders and the README's shell example do: the realm's test client with the password
 * grant (every demo password is "demo-" and the username). A token lives five minutes, so each scenario asks anew.
 */
final class Tokens {

    static final List<String> RESIDENTS = List.of("rana-resident", "rana-resident-2", "rana-association-admin",
        "ullensvang-resident", "ullensvang-association-admin");
    static final String STAFF = "rana-staff";
    private static final String TEST_CLIENT = "samskap-test-cli";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final URI tokenUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    Tokens(URI keycloak) {
        this.tokenUrl = keycloak.resolve("/realms/samskap/protocol/openid-connect/token");
    }

    List<String> residents() throws IOException, InterruptedException {
        var tokens = new ArrayList<String>();
        for (var resident : RESIDENTS) {
            tokens.add(of(resident));
        }
        return tokens;
    }

    String of(String username) throws IOException, InterruptedException {
        var form = "grant_type=password&client_id=" + TEST_CLIENT + "&username=" + encode(username)
            + "&password=" + encode("demo-" + username);
        var response = http.send(HttpRequest.newBuilder(tokenUrl)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(15))
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused to sign " + username + " in: HTTP "
                + response.statusCode() + " " + response.body());
        }
        var token = ACCESS_TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("Keycloak's answer for " + username + " has no access token");
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
