package no.samskap.proposals.ideas.domain;

/** A rule of the idea's domain refused a request; nothing was changed. */
public abstract class IdeaRefusal extends RuntimeException {

    protected IdeaRefusal(String message) {
        super(message);
    }
}
