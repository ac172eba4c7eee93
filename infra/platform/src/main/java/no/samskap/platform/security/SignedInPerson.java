package no.samskap.platform.security;

import io.micronaut.security.authentication.Authentication;
import no.samskap.platform.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import no.samskap.contract.MunicipalityNumber;

import java.util.List;
import java.util.Set;

/**
 * Who is calling, from a token the service has already validated: the subject, the municipality the
 * person belongs to (the {@code municipality} claim, a kommunenummer) and their realm roles.
 */
public record SignedInPerson(String subject, String municipality, Set<String> roles) {

    public static SignedInPerson of(Authentication authentication) {
        var municipality = authentication.getAttributes().get("municipality");
        if (!(municipality instanceof String number) || !MunicipalityNumber.isValid(number)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "no-municipality", "Forbidden",
                "Your account belongs to no municipality; ask the municipality's administrator to set it.", List.of());
        }
        return new SignedInPerson(authentication.getName(), number, Set.copyOf(authentication.getRoles()));
    }

    public boolean isStaffOf(String otherMunicipality) {
        return municipality.equals(otherMunicipality) && (roles.contains(Roles.STAFF) || roles.contains(Roles.ADMIN));
    }
}
