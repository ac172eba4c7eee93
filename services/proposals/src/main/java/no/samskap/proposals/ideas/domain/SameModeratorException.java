package no.samskap.proposals.ideas.domain;

/** An appeal goes to a different moderator: who made the decision appealed against may not decide the appeal. */
public final class SameModeratorException extends IdeaRefusal {

    public SameModeratorException() {
        super("You made the decision appealed against; another moderator of the municipality decides the appeal");
    }
}
