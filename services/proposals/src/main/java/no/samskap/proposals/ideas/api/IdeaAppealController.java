package no.samskap.proposals.ideas.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.IdeaAppealing;
import no.samskap.proposals.ideas.application.IdeaReadings;

import java.util.Optional;

/** The author appeals a hiding or rejection of their idea; another moderator decides the appeal. */
@Controller("/ideas/{id}/appeal")
class IdeaAppealController {

    private final IdeaAppealing appealing;
    private final IdeaReadings readings;

    IdeaAppealController(IdeaAppealing appealing, IdeaReadings readings) {
        this.appealing = appealing;
        this.readings = readings;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    IdeaView appeal(Authentication authentication, @PathVariable String id, @Body @Valid ModerationRequests.Appeal request) {
        var author = SignedInPerson.of(authentication);
        appealing.appeal(author, id, request.text());
        return IdeaView.of(readings.find(Optional.of(author), id));
    }

    @Post("/decision")
    @Secured({Roles.STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    IdeaView decide(Authentication authentication, @PathVariable String id,
                    @Body @Valid ModerationRequests.AppealDecision request) {
        var moderator = SignedInPerson.of(authentication);
        appealing.decide(moderator, id, request.upheld(), request.reason());
        return IdeaView.of(readings.find(Optional.of(moderator), id));
    }
}
