package no.samskap.organisations.members.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import no.samskap.organisations.associations.application.Register;
import no.samskap.organisations.members.application.RegisterRoles;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/** The roles Enhetsregisteret lists for an association, for the staff verifying it and for its admins. */
@Controller("/associations/{id}/register-roles")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegisterRolesController {

    private final RegisterRoles registerRoles;

    RegisterRolesController(RegisterRoles registerRoles) {
        this.registerRoles = registerRoles;
    }

    @Get
    List<MemberViews.RegisterRole> registerRoles(Authentication authentication, @PathVariable String id) {
        try {
            return registerRoles.of(SignedInPerson.of(authentication), id).stream()
                .map(MemberViews.RegisterRole::of).toList();
        } catch (Register.RegisterUnavailable unavailable) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "register-unavailable",
                "Enhetsregisteret did not answer", "Enhetsregisteret did not answer just now; try again shortly.",
                List.of());
        }
    }
}
