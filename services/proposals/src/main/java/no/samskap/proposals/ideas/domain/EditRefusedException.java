package no.samskap.proposals.ideas.domain;

/** The idea is past the point where its author may change it: answered, realised, rejected or withdrawn. */
public final class EditRefusedException extends IdeaRefusal {

    public EditRefusedException(IdeaStatus status) {
        super("An idea can be edited until it is answered; this one is " + status.code());
    }
}
