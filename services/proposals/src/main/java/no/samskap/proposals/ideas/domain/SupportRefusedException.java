package no.samskap.proposals.ideas.domain;

/** A support the rules do not allow: one's own idea, or an idea that is not open for support. */
public final class SupportRefusedException extends IdeaRefusal {

    public SupportRefusedException(String message) {
        super(message);
    }
}
