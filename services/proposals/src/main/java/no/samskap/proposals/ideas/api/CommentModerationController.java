package no.samskap.proposals.ideas.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.CommentModeration;

/** The municipality's staff hide a comment with a reason, or restore a hidden one after review. */
@Controller("/ideas/{id}/comments/{commentId}")
@Secured({Roles.STAFF, Roles.ADMIN})
class CommentModerationController {

    private final CommentModeration moderation;

    CommentModerationController(CommentModeration moderation) {
        this.moderation = moderation;
    }

    @Post("/hiding")
    @Consumes(MediaType.APPLICATION_JSON)
    CommentView hide(Authentication authentication, @PathVariable String id, @PathVariable String commentId,
                     @Body @Valid CommentRequests.Reason request) {
        return CommentView.of(moderation.hide(SignedInPerson.of(authentication), id, commentId, request.reason()));
    }

    @Post("/restoring")
    @Consumes(MediaType.APPLICATION_JSON)
    CommentView restore(Authentication authentication, @PathVariable String id, @PathVariable String commentId,
                        @Body @Valid CommentRequests.Reason request) {
        return CommentView.of(moderation.restore(SignedInPerson.of(authentication), id, commentId, request.reason()));
    }
}
