package no.samskap.gateway.shell.signin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.oauth2.client.IdTokenClaimsValidator;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.security.token.Claims;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.ApiBearer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which tokens sign a request in. Without a bearer token, Micronaut's rule for an ID token issued to the gateway's
 * client (the sign-in cookie). With one on {@code /api/}, only a Keycloak access token counts, as every service
 * checks it: issued by the gateway's identity provider, for the services' audience, of type {@code Bearer}. So an
 * ID token or a refresh token is no API credential, and a cookie sent beside a bearer token is never read instead.
 * Signature, expiry and not-before are checked by Micronaut's other validators for both.
 */
@Singleton
@Replaces(IdTokenClaimsValidator.class)
@Requires(property = "micronaut.security.token.jwt.claims-validators.openid-idtoken", notEquals = "false")
final class SignInClaims<T> extends IdTokenClaimsValidator<T> {

    private static final String ACCESS_TOKEN_TYPE = "Bearer";

    private final String audience;

    SignInClaims(Collection<OauthClientConfiguration> clients,
                 @Value("${samskap.api.audience:samskap-services}") String audience) {
        super(clients);
        this.audience = audience;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        if (request instanceof HttpRequest<?> http && ApiBearer.of(http).isPresent()) {
            return isAccessToken(claims);
        }
        return super.validate(claims, request);
    }

    private boolean isAccessToken(Claims claims) {
        var issuedHere = parseIssuerClaim(claims).map(this::isOurIssuer).orElse(false);
        var forServices = parseAudiences(claims).orElse(List.of()).contains(audience);
        var accessToken = parseClaimString(claims, "typ").filter(ACCESS_TOKEN_TYPE::equals).isPresent();
        return issuedHere && forServices && accessToken;
    }

    private boolean isOurIssuer(String issuer) {
        return oauthClientConfigurations.stream()
            .map(OauthClientConfiguration::getOpenid)
            .flatMap(Optional::stream)
            .anyMatch(openid -> matchesIssuer(openid, issuer).orElse(false));
    }
}
