package no.samskap.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** Thrown by application code to refuse a request with a precise, user-facing problem. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final List<Problem.InvalidField> errors;
    private final String link;

    public ProblemException(HttpStatus status, String slug, String title, String detail, List<Problem.InvalidField> errors) {
        this(status, slug, title, detail, errors, null);
    }

    private ProblemException(HttpStatus status, String slug, String title, String detail,
                             List<Problem.InvalidField> errors, String link) {
        super(detail);
        this.link = link;
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

    /** The same refusal, naming the resource it is about (the idea a repeat would duplicate) as its link. */
    public ProblemException pointingTo(String resource) {
        return new ProblemException(status, slug, title, getMessage(), errors, resource);
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + slug, title, status.getCode(), getMessage(), instance, errors, link);
    }

    public HttpStatus status() {
        return status;
    }
}
