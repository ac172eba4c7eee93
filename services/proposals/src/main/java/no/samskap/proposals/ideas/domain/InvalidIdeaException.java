package no.samskap.proposals.ideas.domain;

/** A rule of the domain refused the input; {@code field} names the input at fault. */
public final class InvalidIdeaException extends IdeaRefusal {

    private final String field;

    public InvalidIdeaException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
