package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.Problem;
import no.samskap.platform.problem.ProblemException;
import no.samskap.proposals.ideas.domain.AppealRefusedException;
import no.samskap.proposals.ideas.domain.CommentRefusedException;
import no.samskap.proposals.ideas.domain.EditRefusedException;
import no.samskap.proposals.ideas.domain.IdeaRefusal;
import no.samskap.proposals.ideas.domain.InvalidIdeaException;
import no.samskap.proposals.ideas.domain.InvalidTransitionException;
import no.samskap.proposals.ideas.domain.ModerationRefusedException;
import no.samskap.proposals.ideas.domain.NotTheAuthorException;
import no.samskap.proposals.ideas.domain.PetitionRefusedException;
import no.samskap.proposals.ideas.domain.ResponseDateRefusedException;
import no.samskap.proposals.ideas.domain.SameModeratorException;
import no.samskap.proposals.ideas.domain.SupportRefusedException;

import java.util.List;

/** Answers each refusal of the idea's domain with the problem a client can act on. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class IdeaRefusalHandler implements ExceptionHandler<IdeaRefusal, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, IdeaRefusal refusal) {
        var problem = problemFor(refusal);
        return HttpResponse.<Problem>status(problem.status()).contentType(Problem.MEDIA_TYPE)
            .body(problem.toProblem(request.getPath()));
    }

    private static ProblemException problemFor(IdeaRefusal refusal) {
        if (refusal instanceof InvalidIdeaException invalid) {
            return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                invalid.getMessage(), invalid.faults().stream()
                .map(fault -> new Problem.InvalidField(fault.field(), fault.message())).toList());
        }
        if (refusal instanceof InvalidTransitionException) {
            return new ProblemException(HttpStatus.CONFLICT, "invalid-transition", "Not possible now",
                refusal.getMessage(), List.of());
        }
        if (refusal instanceof ResponseDateRefusedException) {
            return new ProblemException(HttpStatus.CONFLICT, "response-date-refused", "Not possible now",
                refusal.getMessage(), List.of());
        }
        if (refusal instanceof NotTheAuthorException) {
            return new ProblemException(HttpStatus.FORBIDDEN, "not-the-author", "Forbidden", refusal.getMessage(), List.of());
        }
        if (refusal instanceof EditRefusedException) {
            return new ProblemException(HttpStatus.CONFLICT, "edit-refused", "Not possible now", refusal.getMessage(),
                List.of());
        }
        if (refusal instanceof SupportRefusedException) {
            return new ProblemException(HttpStatus.CONFLICT, "support-refused", "Not possible", refusal.getMessage(),
                List.of());
        }
        if (refusal instanceof PetitionRefusedException) {
            return new ProblemException(HttpStatus.CONFLICT, "petition-refused", "Not possible now",
                refusal.getMessage(), List.of());
        }
        if (refusal instanceof CommentRefusedException) {
            return new ProblemException(HttpStatus.CONFLICT, "comment-refused", "Not possible", refusal.getMessage(),
                List.of());
        }
        if (refusal instanceof AppealRefusedException) {
            return new ProblemException(HttpStatus.CONFLICT, "appeal-refused", "Not possible", refusal.getMessage(),
                List.of());
        }
        if (refusal instanceof SameModeratorException) {
            return new ProblemException(HttpStatus.FORBIDDEN, "same-moderator", "Forbidden", refusal.getMessage(),
                List.of());
        }
        if (refusal instanceof ModerationRefusedException) {
            return new ProblemException(HttpStatus.CONFLICT, "moderation-refused", "Not possible", refusal.getMessage(),
                List.of());
        }
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", refusal.getMessage(),
            List.of());
    }
}
