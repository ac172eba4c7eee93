package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import no.samskap.platform.idempotency.IdempotencyKey;
import no.samskap.platform.security.Roles;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.CommentModeration;
import no.samskap.proposals.ideas.application.IdeaComments;

import java.util.Optional;

/** The discussion of an idea: anyone reads it, residents and staff of its municipality write in it. */
@Controller("/ideas/{id}/comments")
class CommentController {

    private final IdeaComments comments;
    private final CommentModeration moderation;

    CommentController(IdeaComments comments, CommentModeration moderation) {
        this.comments = comments;
        this.moderation = moderation;
    }

    @Post
    @Secured({Roles.RESIDENT, Roles.STAFF, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<CommentView> write(Authentication authentication, @PathVariable String id,
                                    @Body @Valid CommentRequests.Write request,
                                    @Header(IdempotencyKey.HEADER) @Nullable String idempotencyKey) {
        var person = SignedInPerson.of(authentication);
        var key = IdempotencyKey.of(idempotencyKey, person.subject(), "write-comment", id + " " + request);
        return HttpResponse.created(CommentView.of(comments.write(person, id, request.parentId(), request.body(), key)));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    CommentView.Threads threads(@Nullable Authentication authentication, @PathVariable String id) {
        var threads = new CommentView.Threads(comments.threads(Optional.ofNullable(authentication)
            .map(SignedInPerson::of), id).stream().map(CommentView.Thread::of).toList());
        return authentication == null ? threads.withoutSubjectIds() : threads;
    }

    @Patch("/{commentId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    CommentView edit(Authentication authentication, @PathVariable String id, @PathVariable String commentId,
                     @Body @Valid CommentRequests.Edit request) {
        return CommentView.of(comments.edit(SignedInPerson.of(authentication), id, commentId, request.body()));
    }

    /** Says nothing about the comment's reports, not even whether this one hid it. */
    @Post("/{commentId}/reports")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Void> report(Authentication authentication, @PathVariable String id, @PathVariable String commentId,
                              @Body @Valid CommentRequests.Reason request) {
        moderation.report(SignedInPerson.of(authentication), id, commentId, request.reason());
        return HttpResponse.noContent();
    }
}
