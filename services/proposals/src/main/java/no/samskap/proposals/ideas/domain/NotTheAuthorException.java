package no.samskap.proposals.ideas.domain;

/** Only the author of an idea may do this to it. */
public final class NotTheAuthorException extends IdeaRefusal {

    public NotTheAuthorException() {
        super("Only the author of an idea may do this");
    }
}
