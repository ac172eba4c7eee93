package no.samskap.gateway.shell.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.List;

/** Who may see a link or follow a stream a module contributes: anyone, anyone signed in, or the municipality's staff. */
public enum Audience {

    ANYONE,
    SIGNED_IN,
    STAFF;

    /** The realm roles that make someone staff; an admin is staff as well. */
    private static final List<String> STAFF_ROLES = List.of("staff", "admin");

    public boolean admits(@Nullable Authentication viewer) {
        if (this == ANYONE) {
            return true;
        }
        if (viewer == null) {
            return false;
        }
        return this == SIGNED_IN || viewer.getRoles().stream().anyMatch(STAFF_ROLES::contains);
    }
}
