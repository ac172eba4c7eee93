package no.samskap.gateway.shell.staff;

import io.micronaut.security.authentication.Authentication;
import no.samskap.contract.MunicipalityNumber;

import java.util.Optional;

/**
 * A signed-in member of a municipality's staff, from their validated ID token: the Keycloak subject (which services
 * record as who decided), the username and the municipality they act for. Staff act only for that municipality;
 * it never comes from the request.
 */
public record StaffMember(String subject, String username, String municipality) {

    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    /** Empty for anyone without the staff or admin role, or without a municipality to act for. */
    public static Optional<StaffMember> of(Authentication authentication) {
        var roles = authentication.getRoles();
        if (!roles.contains(STAFF) && !roles.contains(ADMIN)) {
            return Optional.empty();
        }
        var claims = authentication.getAttributes();
        if (!(claims.get("municipality") instanceof String municipality) || !MunicipalityNumber.isValid(municipality)) {
            return Optional.empty();
        }
        var subject = claims.get("sub") instanceof String sub ? sub : "";
        return Optional.of(new StaffMember(subject, authentication.getName(), municipality));
    }

    /** Whether this member is who made {@code decision}, by the subject a service recorded. */
    public boolean made(String decision) {
        return !subject.isEmpty() && subject.equals(decision);
    }
}
