package no.samskap.gateway.ideas.dashboard;

import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/** A signed-in person who may read a municipality's dashboard: staff or admin, of the municipality in their token. */
record StaffMember(String municipality) {

    /** Empty for anyone else, including staff whose token names no valid kommunenummer. */
    static Optional<StaffMember> of(Authentication authentication) {
        var roles = authentication.getRoles();
        if (!roles.contains("staff") && !roles.contains("admin")) {
            return Optional.empty();
        }
        return authentication.getAttributes().get("municipality") instanceof String number && number.matches("\\d{4}")
            ? Optional.of(new StaffMember(number))
            : Optional.empty();
    }
}
