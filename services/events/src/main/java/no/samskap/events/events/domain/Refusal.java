package no.samskap.events.events.domain;

/**
 * Why the events service will not do what was asked, and which field or rule is at fault (null when none is). The
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

    public static Refusal unprocessable(String field, String message) {
        return new Refusal(Kind.UNPROCESSABLE, field, message);
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
