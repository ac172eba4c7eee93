package no.samskap.organisations.associations.domain;

/**
 * Why the organisations service will not do what was asked, and which field is at fault (null when none is). The
 * API turns the kind into a status: INVALID 400, UNPROCESSABLE 422, CONFLICT 409, FORBIDDEN 403, NOT_FOUND 404.
 */
public class Refusal extends RuntimeException {

    public enum Kind { INVALID, UNPROCESSABLE, CONFLICT, FORBIDDEN, NOT_FOUND }

    private final Kind kind;
    private final String field;

    public Refusal(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field, message);
    }

    public static Refusal conflict(String field, String message) {
        return new Refusal(Kind.CONFLICT, field, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, null, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
