package no.samskap.proposals.ideas.domain;

/** A step of an innbyggerforslag its state does not allow: signing one already sent, sending one short of signatures. */
public final class PetitionRefusedException extends IdeaRefusal {

    public PetitionRefusedException(String message) {
        super(message);
    }
}
