package no.samskap.gateway.shell.me;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Who is signed in, from the claims of their validated ID token: display name (falling back to the username),
 * username, kommunenummer (absent for accounts that belong to no municipality) and Samskap's own realm roles.
 */
@Serdeable
public record Profile(String name, String username, String municipality, List<String> roles) {

    static final List<String> SAMSKAP_ROLES = List.of("resident", "staff", "admin");

    public static Profile of(Authentication authentication) {
        var claims = authentication.getAttributes();
        var username = authentication.getName();
        var name = claims.get("name") instanceof String displayName && !displayName.isBlank() ? displayName : username;
        var municipality = claims.get("municipality") instanceof String number ? number : null;
        // Keycloak also lists its own default roles (offline_access, default-roles-samskap, ...) in the claim.
        var roles = SAMSKAP_ROLES.stream().filter(authentication.getRoles()::contains).toList();
        return new Profile(name, username, municipality, roles);
    }
}
