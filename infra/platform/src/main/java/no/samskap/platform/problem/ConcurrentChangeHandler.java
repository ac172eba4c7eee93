package no.samskap.platform.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** Two changes to the same aggregate at once: the later one changed nothing and may try again. */
@Singleton
@Requires(classes = OptimisticLockException.class)
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
