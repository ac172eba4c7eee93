package no.samskap.proposals.ideas.api;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.Problem;
import no.samskap.platform.problem.ProblemException;

import java.util.List;

/** Two changes to the same idea or comment at once: the later one changed nothing and may try again. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class ConcurrentChangeHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, OptimisticLockException exception) {
        var problem = new ProblemException(HttpStatus.CONFLICT, "changed-meanwhile", "Changed meanwhile",
            "Someone changed this at the same time; nothing was saved. Load it again and retry.", List.of());
        return HttpResponse.<Problem>status(problem.status()).contentType(Problem.MEDIA_TYPE)
            .body(problem.toProblem(request.getPath()));
    }
}
