package no.samskap.gateway.ideas.readmodel;

/** A query value the board cannot answer, named as the client sent it. */
public class InvalidQueryValueException extends RuntimeException {

    private final String field;

    InvalidQueryValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
