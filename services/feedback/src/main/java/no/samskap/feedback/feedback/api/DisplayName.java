package no.samskap.feedback.feedback.api;

import io.micronaut.security.authentication.Authentication;

/** How the person is named in their token: the full name when Keycloak gives one, else the user name. */
final class DisplayName {

    private static final int LONGEST = 200;

    private DisplayName() {
    }

    static String of(Authentication authentication) {
        var claims = authentication.getAttributes();
        var name = text(claims.get("name"));
        var chosen = name != null ? name : text(claims.get("preferred_username"));
        return chosen == null || chosen.length() <= LONGEST ? chosen : chosen.substring(0, LONGEST);
    }

    private static String text(Object claim) {
        return claim instanceof String value && !value.isBlank() ? value.strip() : null;
    }
}
