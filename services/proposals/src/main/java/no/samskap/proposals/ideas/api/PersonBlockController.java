package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.PersonBlocking;

/** A municipality's admin blocks a person from taking part, and lifts the block. Blocks are never listed or published. */
@Controller("/municipalities/{municipality}/blocked/{subject}")
@Secured({Roles.STAFF, Roles.ADMIN})
class PersonBlockController {

    private final PersonBlocking blocking;

    PersonBlockController(PersonBlocking blocking) {
        this.blocking = blocking;
    }

    @Put
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Void> block(Authentication authentication, @PathVariable String municipality,
                             @PathVariable String subject, @Body @Valid ModerationRequests.Reason request) {
        blocking.block(SignedInPerson.of(authentication), municipality, subject, request.reason());
        return HttpResponse.noContent();
    }

    @Delete
    HttpResponse<Void> unblock(Authentication authentication, @PathVariable String municipality,
                               @PathVariable String subject) {
        blocking.unblock(SignedInPerson.of(authentication), municipality, subject);
        return HttpResponse.noContent();
    }
}
