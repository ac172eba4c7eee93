package no.samskap.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A stand-in for Keycloak's realm in tests that need no browser: serves the discovery document and a JWKS, signs ID and
 * access tokens shaped like Keycloak's, and answers refresh grants. Micronaut fetches the discovery document while
 * the gateway starts, so this must run first.
 */
public final class StandInIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "samskap-gateway";
    public static final String CLIENT_SECRET = "stand-in-secret";

    private final RSAKey key;
    private final HttpServer server;
    private final String issuer;
    private final List<Map<String, String>> refreshGrants = new CopyOnWriteArrayList<>();
    private final AtomicInteger userInfoCalls = new AtomicInteger();

    private StandInIdentityProvider(int port) {
        try {
            key = new RSAKeyGenerator(2048).keyID("stand-in-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make a signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/samskap";
        server.createContext("/realms/samskap/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
        server.createContext("/realms/samskap/protocol/openid-connect/certs",
            exchange -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/realms/samskap/protocol/openid-connect/token", this::token);
        server.createContext("/realms/samskap/protocol/openid-connect/userinfo", this::userInfo);
        server.start();
    }

    public static StandInIdentityProvider start() {
        return new StandInIdentityProvider(0);
    }

    /** On a given port, for tests that start the gateway before its identity provider. */
    public static StandInIdentityProvider startOn(int port) {
        return new StandInIdentityProvider(port);
    }

    public String issuer() {
        return issuer;
    }

    public String authorizationEndpoint() {
        return issuer + "/protocol/openid-connect/auth";
    }

    public String endSessionEndpoint() {
        return issuer + "/protocol/openid-connect/logout";
    }

    /** The gateway's properties for signing in against this stand-in. */
    public Map<String, Object> gatewayProperties() {
        return Map.of(
            "micronaut.security.oauth2.clients.keycloak.openid.issuer", issuer,
            "micronaut.security.oauth2.clients.keycloak.client-id", CLIENT_ID,
            "micronaut.security.oauth2.clients.keycloak.client-secret", CLIENT_SECRET);
    }

    /** Signed with a key the gateway has never seen, under this stand-in's key id. */
    public String forgedIdToken(Person person) {
        return forge(claims(person, Duration.ofMinutes(5)).audience(CLIENT_ID).build());
    }

    public String idToken(Person person, Duration lifetime) {
        return sign(claims(person, lifetime).audience(CLIENT_ID).claim("typ", "ID").build());
    }

    public String accessToken(Person person, Duration lifetime) {
        return sign(accessTokenClaims(person, lifetime).build());
    }

    /** The claims of an access token as Keycloak issues it for the services, to change one before signing. */
    public JWTClaimsSet.Builder accessTokenClaims(Person person, Duration lifetime) {
        return claims(person, lifetime).audience(List.of("samskap-services", "account")).claim("typ", "Bearer");
    }

    /** Signed with this realm's key. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    /** Signed with a key the gateway has never seen, under this stand-in's key id. */
    public String forge(JWTClaimsSet claims) {
        try {
            return sign(claims, new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make a key", e);
        }
    }

    /** {@code alg: none}: no signature at all. */
    public static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    public String refreshToken(Person person) {
        return sign(new JWTClaimsSet.Builder().issuer(issuer).subject(person.username()).audience(issuer)
            .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(30)))).claim("typ", "Refresh")
            .claim("preferred_username", person.username()).build());
    }

    /** The form fields of every refresh grant received, in order. */
    public List<Map<String, String>> refreshGrants() {
        return List.copyOf(refreshGrants);
    }

    /** How often someone asked the userinfo endpoint, which like Keycloak's accepts any token this realm signed. */
    public int userInfoCalls() {
        return userInfoCalls.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public record Person(String username, String name, String municipality, List<String> roles) {

        public static Person ranaResident() {
            return new Person("rana-resident", "Ingrid Johansen", "1833",
                List.of("resident", "offline_access", "default-roles-samskap"));
        }

        /** The {@code sub} of this person's tokens, as a Keycloak user id: fixed by the username. */
        public String subject() {
            return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    private JWTClaimsSet.Builder claims(Person person, Duration lifetime) {
        var now = Instant.now();
        return new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(person.subject())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .claim("azp", CLIENT_ID)
            .claim("preferred_username", person.username())
            .claim("name", person.name())
            .claim("email", person.username() + "@innbygger.test")
            .claim("municipality", person.municipality())
            .claim("roles", person.roles());
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        var form = formOf(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"refresh_token".equals(form.get("grant_type"))) {
            json(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        form.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        refreshGrants.add(form);
        var username = usernameIn(form.get("refresh_token"));
        if (username == null) {
            json(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}");
            return;
        }
        var person = new Person(username, "Fornyet " + username, "1833", List.of("resident"));
        json(exchange, 200, "{\"access_token\":\"%s\",\"id_token\":\"%s\",\"refresh_token\":\"%s\",\"token_type\":\"Bearer\"}"
            .formatted(accessToken(person, Duration.ofMinutes(5)), idToken(person, Duration.ofMinutes(5)),
                refreshToken(person)));
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        userInfoCalls.incrementAndGet();
        var authorization = exchange.getRequestHeaders().getFirst("Authorization");
        try {
            var claims = JWTParser.parse(authorization.substring("Bearer ".length())).getJWTClaimsSet();
            json(exchange, 200, "{\"sub\":\"%s\",\"preferred_username\":\"%s\"}"
                .formatted(claims.getSubject(), claims.getStringClaim("preferred_username")));
        } catch (ParseException | RuntimeException notOurs) {
            json(exchange, 401, "{\"error\":\"invalid_token\"}");
        }
    }

    private static String usernameIn(String refreshToken) {
        try {
            return JWTParser.parse(refreshToken).getJWTClaimsSet().getStringClaim("preferred_username");
        } catch (ParseException | RuntimeException notOurs) {
            return null;
        }
    }

    private String discovery() {
        return """
            {"issuer":"%1$s","authorization_endpoint":"%1$s/protocol/openid-connect/auth",
             "token_endpoint":"%1$s/protocol/openid-connect/token","end_session_endpoint":"%1$s/protocol/openid-connect/logout",
             "jwks_uri":"%1$s/protocol/openid-connect/certs","userinfo_endpoint":"%1$s/protocol/openid-connect/userinfo",
             "response_types_supported":["code"],"subject_types_supported":["public"],
             "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["plain","S256"],
             "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"],
             "scopes_supported":["openid","profile","email"]}""".formatted(issuer);
    }

    private static HashMap<String, String> formOf(String body) {
        return Arrays.stream(body.split("&"))
            .map(pair -> pair.split("=", 2))
            .filter(pair -> pair.length == 2)
            .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8), (first, second) -> first,
                HashMap::new));
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
