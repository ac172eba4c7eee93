package no.samskap.proposals.ideas.domain;

/** Only the author of an idea, or of a comment, may do this to it. */
public final class NotTheAuthorException extends IdeaRefusal {

    public NotTheAuthorException() {
        this("Only the author of an idea may do this");
    }

    public NotTheAuthorException(String message) {
        super(message);
    }
}
