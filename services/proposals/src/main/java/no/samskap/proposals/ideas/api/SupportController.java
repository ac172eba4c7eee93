package no.samskap.proposals.ideas.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.IdeaSupports;

/** A resident's support of an idea is a resource of its own: PUT gives it, DELETE takes it back; both idempotent. */
@Controller("/ideas/{id}/support")
@Secured(Roles.RESIDENT)
class SupportController {

    @Serdeable
    record SupportCount(int supportCount) {
    }

    private final IdeaSupports supports;

    SupportController(IdeaSupports supports) {
        this.supports = supports;
    }

    @Put
    SupportCount support(Authentication authentication, @PathVariable String id) {
        return new SupportCount(supports.support(SignedInPerson.of(authentication), id));
    }

    @Delete
    SupportCount withdraw(Authentication authentication, @PathVariable String id) {
        return new SupportCount(supports.withdrawSupport(SignedInPerson.of(authentication), id));
    }
}
