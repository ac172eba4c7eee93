package no.samskap.proposals.ideas.domain;

/** A comment the rules do not allow now: on a closed idea, after the edit window, or a hiding that is no change. */
public final class CommentRefusedException extends IdeaRefusal {

    public CommentRefusedException(String message) {
        super(message);
    }
}
