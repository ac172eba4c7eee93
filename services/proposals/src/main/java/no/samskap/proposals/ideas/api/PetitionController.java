package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.IdeaPetitions;

import java.util.Optional;

/**
 * An idea's innbyggerforslag: anyone who may see the idea reads it; its author starts it (POST) and sends it
 * ({@code /sending}); residents give and take back their signature ({@code /signature}, PUT and DELETE, idempotent).
 */
@Controller("/ideas/{id}/petition")
@Secured(Roles.RESIDENT)
class PetitionController {

    private final IdeaPetitions petitions;

    PetitionController(IdeaPetitions petitions) {
        this.petitions = petitions;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    PetitionView find(@Nullable Authentication authentication, @PathVariable String id) {
        return PetitionView.of(petitions.find(Optional.ofNullable(authentication).map(SignedInPerson::of), id));
    }

    @Post
    HttpResponse<PetitionView> start(Authentication authentication, @PathVariable String id) {
        return HttpResponse.<PetitionView>status(HttpStatus.CREATED)
            .body(PetitionView.of(petitions.start(SignedInPerson.of(authentication), id)));
    }

    @Put("/signature")
    PetitionView sign(Authentication authentication, @PathVariable String id) {
        return PetitionView.of(petitions.changeSignature(SignedInPerson.of(authentication), id, true));
    }

    @Delete("/signature")
    PetitionView withdraw(Authentication authentication, @PathVariable String id) {
        return PetitionView.of(petitions.changeSignature(SignedInPerson.of(authentication), id, false));
    }

    @Post("/sending")
    PetitionView send(Authentication authentication, @PathVariable String id) {
        return PetitionView.of(petitions.send(SignedInPerson.of(authentication), id));
    }
}
