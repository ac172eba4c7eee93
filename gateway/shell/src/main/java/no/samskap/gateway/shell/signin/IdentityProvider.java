package no.samskap.gateway.shell.signin;

/** The one OpenID provider the gateway signs people in with, as named under {@code micronaut.security.oauth2.clients}. */
final class IdentityProvider {

    static final String NAME = "keycloak";
    static final String LOGIN_PATH = "/oauth/login/" + NAME;

    private IdentityProvider() {
    }
}
