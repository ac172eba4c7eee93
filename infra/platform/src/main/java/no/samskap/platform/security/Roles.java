package no.samskap.platform.security;

/** The realm roles Keycloak puts in the {@code roles} claim. */
public final class Roles {

    public static final String RESIDENT = "resident";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
