package no.samskap.feedback.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.IdeaRealised;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.feedback.ideas.application.IdeaRealisations;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;

import java.util.UUID;

/** Reads the proposals service's {@code idea-realised}, so the author of feedback made an idea hears it came true. */
@Singleton
class RealisedIdeasFromProposals implements MessageHandler {

    private final IdeaRealisations realisations;
    private final HandlersByType handlers;

    RealisedIdeasFromProposals(IdeaRealisations realisations) {
        this.realisations = realisations;
        this.handlers = HandlersByType.of(ProposalsMessages.IDEA)
            .on(ProposalsMessages.IDEA_REALISED, this::realised)
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

    private void realised(Envelope envelope, IdeaRealised realised) {
        realisations.realised(UUID.fromString(realised.ideaId()),
            realised.eventId() == null ? null : UUID.fromString(realised.eventId()), realised.realisedAt());
    }

    /** Nothing to forget: a replay must not tell the authors again, and {@code idea_of_feedback} sees to that. */
    @Override
    public void forgetEverything() {
    }
}
