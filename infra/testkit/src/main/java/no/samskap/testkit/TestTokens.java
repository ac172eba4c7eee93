package no.samskap.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs access tokens shaped like Keycloak's with a test key, and serves that key as a JWKS on 127.0.0.1, so
 * services under test validate tokens with exactly the code and configuration they use in production.
 */
public final class TestTokens {

    public static final String AUDIENCE = "samskap-services";

    private static TestTokens shared;

    private final RSAKey key;
    private final RSAKey foreignKey;
    private final HttpServer jwksServer;
    private final String issuer;

    private TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("samskap-test-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE).generate();
            foreignKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).keyUse(KeyUse.SIGNATURE).generate();
            jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make a test signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwksServer.createContext("/realms/samskap/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        issuer = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/realms/samskap";
        var discovery = discoveryDocument().getBytes(StandardCharsets.UTF_8);
        jwksServer.createContext("/realms/samskap/.well-known/openid-configuration", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, discovery.length);
            exchange.getResponseBody().write(discovery);
            exchange.close();
        });
        jwksServer.start();
    }

    /** Enough of an OpenID discovery document for a gateway to start against this signer; nobody signs in here. */
    private String discoveryDocument() {
        var endpoints = issuer + "/protocol/openid-connect";
        return "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + endpoints + "/certs\","
            + "\"authorization_endpoint\":\"" + endpoints + "/auth\",\"token_endpoint\":\"" + endpoints + "/token\","
            + "\"end_session_endpoint\":\"" + endpoints + "/logout\",\"response_types_supported\":[\"code\"],"
            + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
            + "\"code_challenge_methods_supported\":[\"S256\"]}";
    }

    /** One signer for the whole test JVM; child processes reach its JWKS over 127.0.0.1 too. */
    public static synchronized TestTokens shared() {
        if (shared == null) {
            shared = new TestTokens();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.jwksServer.stop(0), "test-jwks-shutdown"));
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    public String jwksUrl() {
        return issuer + "/protocol/openid-connect/certs";
    }

    /** The environment a packaged service reads to trust these tokens. */
    public Map<String, String> environment() {
        return Map.of("SAMSKAP_OIDC_ISSUER", issuer(), "SAMSKAP_OIDC_JWKS_URL", jwksUrl(), "SAMSKAP_OIDC_AUDIENCE", AUDIENCE);
    }

    /** The same settings as Micronaut properties, for applications started inside the test JVM. */
    public Map<String, Object> applicationProperties() {
        return Map.of(
            "micronaut.security.token.jwt.signatures.jwks.keycloak.url", jwksUrl(),
            "micronaut.security.token.jwt.claims-validators.issuer", issuer(),
            "micronaut.security.token.jwt.claims-validators.audience", AUDIENCE);
    }

    public String resident(String subject, String municipality) {
        return sign(claims(subject, municipality, "resident").build());
    }

    public String staff(String subject, String municipality) {
        return sign(claims(subject, municipality, "staff").build());
    }

    public String admin(String subject, String municipality) {
        return sign(claims(subject, municipality, "admin").build());
    }

    /** Claims as Keycloak issues them for the samskap realm, valid for five minutes from now. */
    public JWTClaimsSet.Builder claims(String subject, String municipality, String... roles) {
        var now = Instant.now();
        return new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .audience(AUDIENCE)
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now.minusSeconds(1)))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
            .claim("preferred_username", subject)
            .claim("municipality", municipality)
            .claim("roles", List.of(roles));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    /** Signed with a different private key that claims the same key id: a forgery. */
    public String signWithForeignKey(JWTClaimsSet claims) {
        return sign(claims, foreignKey);
    }

    /** {@code alg: none}: no signature at all. */
    public String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a test token", e);
        }
    }
}
