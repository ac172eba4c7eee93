package no.samskap.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** Thrown by application code to refuse a request with a precise, user-facing problem. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final List<Problem.InvalidField> errors;

    public ProblemException(HttpStatus status, String slug, String title, String detail, List<Problem.InvalidField> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found",
            "No " + what + " with id " + id + ".", List.of());
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
            field + ": " + message, List.of(new Problem.InvalidField(field, message)));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, slug, "Conflict", detail, List.of());
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + slug, title, status.getCode(), getMessage(), instance, errors);
    }

    public HttpStatus status() {
        return status;
    }
}
