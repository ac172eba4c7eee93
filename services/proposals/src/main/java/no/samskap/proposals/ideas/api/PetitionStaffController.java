package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.PetitionDecisions;

/**
 * Staff record the council's handling of a sent innbyggerforslag ({@code meetingDate}, {@code decision},
 * {@code caseUrl}), or refuse it as treated in the same election period ({@code reason}). Texts are the domain's to
 * check, so each missing or wrong one is refused naming its field.
 */
@Controller("/ideas/{id}/petition")
@Secured({Roles.STAFF, Roles.ADMIN})
class PetitionStaffController {

    @Serdeable
    record Handling(@Nullable String meetingDate, @Nullable String decision, @Nullable String caseUrl) {
    }

    @Serdeable
    record Refusal(@Nullable String reason) {
    }

    private final PetitionDecisions decisions;

    PetitionStaffController(PetitionDecisions decisions) {
        this.decisions = decisions;
    }

    @Post("/handling")
    @Consumes(MediaType.APPLICATION_JSON)
    PetitionView record(Authentication authentication, @PathVariable String id, @Body Handling handling) {
        return PetitionView.of(decisions.recordTreatment(SignedInPerson.of(authentication), id, handling.meetingDate(),
            handling.decision(), handling.caseUrl()));
    }

    @Post("/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    PetitionView refuse(Authentication authentication, @PathVariable String id, @Body Refusal refusal) {
        return PetitionView.of(decisions.refuse(SignedInPerson.of(authentication), id, refusal.reason()));
    }
}
