package no.samskap.runtime.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One real Keycloak for all tests in this class: starting it takes about 20 s. */
class KeycloakServerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LOCAL_GATEWAY = "http://127.0.0.1:8080";

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        var installation = Path.of(System.getProperty("samskap.keycloak.installation",
            "../../.samskap/keycloak/" + KeycloakServer.VERSION));
        keycloak = KeycloakServer.start(installation, 0, "it-admin-password", Path.of("target", "keycloak-it.log"));
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    void givesARanaResidentAnAccessTokenForTheServicesWithRoleAndMunicipality() throws Exception {
        var resident = DemoUsers.named("rana-resident");

        var response = passwordGrant(SamskapRealm.TEST_CLIENT_ID, resident.username(), resident.password());

        assertEquals(200, response.statusCode(), response.body());
        var claims = payload(JSON.readTree(response.body()).path("access_token").asText());
        assertEquals(keycloak.issuerUrl(), claims.path("iss").asText());
        assertTrue(strings(claims.path("aud")).contains(SamskapRealm.AUDIENCE), claims.toString());
        assertTrue(strings(claims.path(SamskapRealm.ROLES_CLAIM)).contains(SamskapRealm.RESIDENT), claims.toString());
        assertEquals("1833", claims.path(SamskapRealm.MUNICIPALITY_CLAIM).asText());
        assertEquals(resident.username(), claims.path("preferred_username").asText());
        // The gateway takes it as an API client's bearer token only as an access token with a subject (ADR 0055).
        assertEquals("Bearer", claims.path("typ").asText(), claims.toString());
        assertFalse(claims.path("sub").asText().isBlank(), claims.toString());
    }

    @Test
    void putsRolesAndMunicipalityInTheIdTokenToo() throws Exception {
        var admin = DemoUsers.named("ullensvang-admin");

        var response = passwordGrant(SamskapRealm.TEST_CLIENT_ID, admin.username(), admin.password(), "openid");

        var claims = payload(JSON.readTree(response.body()).path("id_token").asText());
        assertEquals(List.of(SamskapRealm.ADMIN), strings(claims.path(SamskapRealm.ROLES_CLAIM)));
        assertEquals("4618", claims.path(SamskapRealm.MUNICIPALITY_CLAIM).asText());
    }

    @Test
    void sendsPeopleBackOnlyToTheGatewayOriginsItWasToldAbout() throws Exception {
        var origin = "http://127.0.0.1:18085";
        assertEquals(400, authorizationRequestBackTo(origin).statusCode(), "not allowed before");

        var origins = new GatewayClientOrigins(keycloak.baseUrl(), KeycloakServer.ADMIN_USERNAME, "it-admin-password");
        origins.allow(origin);
        origins.allow(origin);

        var login = authorizationRequestBackTo(origin);
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(login.body().contains("kc-login"), "shows the login form");
        assertTrue(login.body().contains("id=\"back-to-samskap\" href=\"" + origin + "/\""), "links back there");
        assertEquals(400, authorizationRequestBackTo("http://127.0.0.1:18086").statusCode(), "no other origin");
    }

    @Test
    void showsTheSamskapSignInPageInTheLanguageTheGatewayAsksFor() throws Exception {
        var headings = Map.of("nb", "Logg inn på Samskap", "nn", "Logg inn på Samskap", "en", "Sign in to Samskap");
        var labels = Map.of("nb", "Brukernavn eller e-post", "nn", "Brukarnamn eller e-post", "en", "Username or email");
        for (var language : List.of("nb", "nn", "en")) {
            var page = authorizationRequestBackTo(LOCAL_GATEWAY, "&ui_locales=" + language).body();

            assertTrue(page.contains("<html lang=\"" + language + "\">"), page);
            assertTrue(page.contains(headings.get(language)), language + ": " + page);
            assertTrue(page.contains(labels.get(language)), language + ": " + page);
            assertTrue(page.contains("id=\"back-to-samskap\""), language + ": " + page);
            assertFalse(page.contains("patternfly"), language + ": " + page);
        }
    }

    @Test
    void servesTheThemesSmallStylesheetCompressed() throws Exception {
        var page = authorizationRequestBackTo(LOCAL_GATEWAY, "").body();
        var href = page.replaceAll("(?s).*<link href=\"([^\"]+\\.css)\" rel=\"stylesheet\">.*", "$1");

        var css = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl()).resolve(href)).header("Accept-Encoding", "gzip").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, css.statusCode(), href);
        assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(""), href);
        assertTrue(css.body().length < 1_500, css.body().length + " bytes");
    }

    private HttpResponse<String> authorizationRequestBackTo(String origin) throws Exception {
        return authorizationRequestBackTo(origin, "");
    }

    private HttpResponse<String> authorizationRequestBackTo(String origin, String moreParameters) throws Exception {
        var query = "client_id=" + SamskapRealm.GATEWAY_CLIENT_ID + "&response_type=code&scope=openid"
            + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
            + "&redirect_uri=" + URLEncoder.encode(origin + "/oauth/callback/keycloak", StandardCharsets.UTF_8)
            + moreParameters;
        return HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.issuerUrl() + "/protocol/openid-connect/auth?"
            + query)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        var response = passwordGrant(SamskapRealm.TEST_CLIENT_ID, "rana-resident", "not-the-password");

        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void refusesThePasswordGrantToTheGateway() throws Exception {
        var resident = DemoUsers.named("rana-resident");

        var response = post(keycloak.tokenUrl(), Map.of("grant_type", "password",
            "client_id", SamskapRealm.GATEWAY_CLIENT_ID, "client_secret", SamskapRealm.GATEWAY_CLIENT_SECRET,
            "username", resident.username(), "password", resident.password()));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("unauthorized_client", JSON.readTree(response.body()).path("error").asText());
    }

    @Test
    void publishesItsSigningKeysWhereTheDiscoveryDocumentSays() throws Exception {
        var discovery = JSON.readTree(get(keycloak.openIdConfigurationUrl()).body());
        assertEquals(keycloak.issuerUrl(), discovery.path("issuer").asText());
        assertEquals(keycloak.jwksUrl(), discovery.path("jwks_uri").asText());
        assertEquals(keycloak.tokenUrl(), discovery.path("token_endpoint").asText());

        var keys = JSON.readTree(get(keycloak.jwksUrl()).body()).path("keys");
        assertFalse(keys.isEmpty());
    }

    private static HttpResponse<String> passwordGrant(String clientId, String username, String password,
                                                      String... scopes) throws IOException, InterruptedException {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        if (scopes.length > 0) {
            form.put("scope", String.join(" ", scopes));
        }
        return post(keycloak.tokenUrl(), form);
    }

    private static HttpResponse<String> post(String url, Map<String, String> form)
            throws IOException, InterruptedException {
        var body = form.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode payload(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** A claim that may be one string or an array of strings, as {@code aud} is. */
    private static List<String> strings(JsonNode claim) {
        var values = new ArrayList<String>();
        if (claim.isArray()) {
            claim.forEach(value -> values.add(value.asText()));
        } else if (!claim.isMissingNode()) {
            values.add(claim.asText());
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
