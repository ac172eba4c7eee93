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
import no.samskap.proposals.ideas.application.CommentAppealing;

/** The author appeals the hiding of their comment; another moderator decides the appeal. */
@Controller("/ideas/{id}/comments/{commentId}/appeal")
class CommentAppealController {

    private final CommentAppealing appealing;

    CommentAppealController(CommentAppealing appealing) {
        this.appealing = appealing;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    CommentView appeal(Authentication authentication, @PathVariable String id, @PathVariable String commentId,
                       @Body @Valid ModerationRequests.Appeal request) {
        return CommentView.of(appealing.appeal(SignedInPerson.of(authentication), id, commentId, request.text()));
    }

    @Post("/decision")
    @Secured({Roles.STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    CommentView decide(Authentication authentication, @PathVariable String id, @PathVariable String commentId,
                       @Body @Valid ModerationRequests.AppealDecision request) {
        return CommentView.of(appealing.decide(SignedInPerson.of(authentication), id, commentId, request.upheld(),
            request.reason()));
    }
}
