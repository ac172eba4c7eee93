package no.samskap.proposals.ideas.domain;

/** The lifecycle forbids this change from the idea's current status. */
public final class InvalidTransitionException extends IdeaRefusal {

    private final IdeaStatus from;
    private final IdeaStatus to;

    public InvalidTransitionException(IdeaStatus from, IdeaStatus to) {
        super("An idea that is " + from.code() + " cannot become " + to.code()
            + (from.next().isEmpty() ? "; it is final" : "; it can become " + codes(from)));
        this.from = from;
        this.to = to;
    }

    public IdeaStatus from() {
        return from;
    }

    public IdeaStatus to() {
        return to;
    }

    private static String codes(IdeaStatus from) {
        return String.join(", ", from.next().stream().map(IdeaStatus::code).toList());
    }
}
