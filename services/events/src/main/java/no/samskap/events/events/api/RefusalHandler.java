package no.samskap.events.events.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import no.samskap.events.events.domain.Refusal;
import no.samskap.platform.problem.Problem;
import no.samskap.platform.problem.ProblemException;

import java.util.List;

/** Answers every refusal of the events service with a problem naming the field at fault. */
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
            case INVALID -> new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                refusal.getMessage(), fields);
            case UNPROCESSABLE -> new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "unprocessable",
                "Cannot be done with these values", refusal.getMessage(), fields);
            case CONFLICT -> new ProblemException(HttpStatus.CONFLICT, "conflict", "Not possible now",
                refusal.getMessage(), fields);
            case FORBIDDEN -> new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                refusal.getMessage(), fields);
            case NOT_FOUND -> new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found",
                refusal.getMessage(), fields);
        };
    }
}
