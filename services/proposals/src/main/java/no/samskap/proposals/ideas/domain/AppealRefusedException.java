package no.samskap.proposals.ideas.domain;

/** An appeal the rules do not allow: a second one, one against no decision, or deciding one twice. */
public final class AppealRefusedException extends IdeaRefusal {

    public AppealRefusedException(String message) {
        super(message);
    }
}
