package no.samskap.contract.proposals;

import no.samskap.contract.AggregateType;
import no.samskap.contract.MessageType;

/** The messages the proposals service publishes, all on the {@code samskap.proposals.idea} topic. */
public final class ProposalsMessages {

    public static final AggregateType IDEA = new AggregateType("proposals", "idea");

    public static final MessageType<IdeaSubmitted> IDEA_SUBMITTED =
        new MessageType<>("idea-submitted", 1, IDEA, IdeaSubmitted.class);

    private ProposalsMessages() {
    }
}
