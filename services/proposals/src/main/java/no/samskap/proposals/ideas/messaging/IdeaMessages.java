package no.samskap.proposals.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;
import no.samskap.proposals.ideas.domain.IdeaEvent;

/** Turns the idea's domain events into messages of the public contract and appends them to the outbox. */
@Singleton
public class IdeaMessages {

    private final Outbox outbox;

    IdeaMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(IdeaEvent domainEvent) {
        outbox.append(toMessage(domainEvent));
    }

    static OutgoingMessage<?> toMessage(IdeaEvent domainEvent) {
        if (domainEvent instanceof IdeaEvent.IdeaSubmitted submitted) {
            return new OutgoingMessage<>(ProposalsMessages.IDEA_SUBMITTED, submitted.eventId(), submitted.occurredAt(),
                submitted.municipality().number(), submitted.ideaId().toString(),
                new IdeaSubmitted(submitted.ideaId().toString(), submitted.authorId(), submitted.title(),
                    submitted.body(), submitted.serviceArea().code(), submitted.occurredAt()));
        }
        throw new IllegalArgumentException("No message for " + domainEvent.getClass().getSimpleName());
    }
}
