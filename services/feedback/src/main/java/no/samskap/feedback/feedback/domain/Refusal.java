package no.samskap.feedback.feedback.domain;

/**
 * Why the feedback service will not do what was asked: the field at fault and the rule broken (either may be null).
 * The API turns the kind into a status: INVALID 400, UNPROCESSABLE 422, CONFLICT 409, FORBIDDEN 403, NOT_FOUND 404,
 * and the rule into the problem's type.
 */
public class Refusal extends RuntimeException {

    public enum Kind { INVALID, UNPROCESSABLE, CONFLICT, FORBIDDEN, NOT_FOUND }

    private final Kind kind;
    private final String field;
    private final String rule;

    public Refusal(Kind kind, String field, String rule, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.rule = rule;
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field, null, message);
    }

    public static Refusal unprocessable(String field, String message) {
        return new Refusal(Kind.UNPROCESSABLE, field, null, message);
    }

    /** A rule of the domain, named by {@code rule}, refuses it; {@code field} is the input that led there, if any. */
    public static Refusal rule(Kind kind, String rule, String field, String message) {
        return new Refusal(kind, field, rule, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, null, null, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, null, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
