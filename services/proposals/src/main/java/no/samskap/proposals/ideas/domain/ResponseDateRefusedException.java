package no.samskap.proposals.ideas.domain;

/** Only an idea under assessment has a committed response date that staff may move. */
public final class ResponseDateRefusedException extends IdeaRefusal {

    public ResponseDateRefusedException(IdeaStatus status) {
        super("Only an idea under assessment has a response date to change; this one is " + status.code());
    }
}
