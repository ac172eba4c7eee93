package no.samskap.events.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaEdited;
import no.samskap.contract.proposals.IdeaRealised;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.IdeaWithdrawn;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.events.ideas.application.IdeaCopy;
import no.samskap.events.ideas.domain.IdeaStanding;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;

import java.util.UUID;

/**
 * Keeps the events service's copy of ideas: what they say from {@code idea-submitted} and {@code idea-edited}, and
 * whether the municipality accepted them from {@code idea-answered} (outcome {@code accepted}).
 */
@Singleton
class IdeasFromProposals implements MessageHandler {

    static final String ACCEPTED = "accepted";

    private final IdeaCopy copy;
    private final HandlersByType handlers;

    IdeasFromProposals(IdeaCopy copy) {
        this.copy = copy;
        this.handlers = HandlersByType.of(ProposalsMessages.IDEA)
            .on(ProposalsMessages.IDEA_SUBMITTED, this::submitted)
            .on(ProposalsMessages.IDEA_EDITED, this::edited)
            .on(ProposalsMessages.IDEA_ANSWERED, this::answered)
            .on(ProposalsMessages.IDEA_REALISED, this::realised)
            .on(ProposalsMessages.IDEA_WITHDRAWN, this::withdrawn)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    @Override
    public void forgetEverything() {
        copy.forgetIdeas();
    }

    private void submitted(Envelope envelope, IdeaSubmitted submitted) {
        copy.submitted(id(submitted.ideaId()), envelope.municipality(), submitted.title(), submitted.body(),
            submitted.serviceArea(), submitted.submittedAt());
    }

    private void edited(Envelope envelope, IdeaEdited edited) {
        copy.edited(id(edited.ideaId()), edited.title(), edited.body(), edited.serviceArea(), edited.editedAt());
    }

    private void answered(Envelope envelope, IdeaAnswered answered) {
        copy.standing(id(answered.ideaId()), ACCEPTED.equals(answered.outcome()) ? IdeaStanding.ACCEPTED
            : IdeaStanding.ANSWERED_OTHERWISE, answered.answeredAt());
    }

    private void realised(Envelope envelope, IdeaRealised realised) {
        copy.standing(id(realised.ideaId()), IdeaStanding.REALISED, realised.realisedAt());
    }

    private void withdrawn(Envelope envelope, IdeaWithdrawn withdrawn) {
        copy.standing(id(withdrawn.ideaId()), IdeaStanding.WITHDRAWN, withdrawn.withdrawnAt());
    }

    private static UUID id(String text) {
        return UUID.fromString(text);
    }
}
