package no.samskap.proposals.ideas.domain;

/** A moderation step the rules do not allow now: reporting one's own idea, or a hiding that is no change. */
public final class ModerationRefusedException extends IdeaRefusal {

    public ModerationRefusedException(String message) {
        super(message);
    }
}
