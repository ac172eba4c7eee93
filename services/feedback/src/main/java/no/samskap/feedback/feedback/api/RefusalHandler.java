package no.samskap.feedback.feedback.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.platform.problem.Problem;
import no.samskap.platform.problem.ProblemException;

import java.util.List;

/**
 * Answers every refusal of the feedback service with a problem naming the field at fault; a broken rule of the domain
 * is the problem's type ({@code https://samskap.no/problems/edit-window-closed}).
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class RefusalHandler implements ExceptionHandler<Refusal, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Refusal refusal) {
        var problem = problemFor(refusal);
        return HttpResponse.<Problem>status(problem.status()).contentType(Problem.MEDIA_TYPE)
            .body(problem.toProblem(request.getPath()));
    }

    private static ProblemException problemFor(Refusal refusal) {
        var fields = refusal.field() == null ? List.<Problem.InvalidField>of()
            : List.of(new Problem.InvalidField(refusal.field(), refusal.getMessage()));
        return switch (refusal.kind()) {
            case INVALID -> problem(HttpStatus.BAD_REQUEST, refusal, "invalid-request", "Invalid request", fields);
            case UNPROCESSABLE -> problem(HttpStatus.UNPROCESSABLE_ENTITY, refusal, "unprocessable",
                "Cannot be done with these values", fields);
            case CONFLICT -> problem(HttpStatus.CONFLICT, refusal, "conflict", "Not possible now", fields);
            case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, refusal, "forbidden", "Forbidden", fields);
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, refusal, "not-found", "Not found", fields);
        };
    }

    private static ProblemException problem(HttpStatus status, Refusal refusal, String slug, String title,
                                             List<Problem.InvalidField> fields) {
        return new ProblemException(status, refusal.rule() == null ? slug : refusal.rule(), title,
            refusal.getMessage(), fields);
    }
}
