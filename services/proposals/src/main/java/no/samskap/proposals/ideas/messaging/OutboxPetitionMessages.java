package no.samskap.proposals.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.PetitionHandled;
import no.samskap.contract.proposals.PetitionSent;
import no.samskap.contract.proposals.PetitionSignatureCountChanged;
import no.samskap.contract.proposals.PetitionStarted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;
import no.samskap.proposals.ideas.application.PetitionMessages;
import no.samskap.proposals.ideas.domain.Petition;

import java.time.Instant;
import java.util.UUID;

/** Innbyggerforslag on the idea's topic, keyed by the idea, so they stay in order with it; counts, never names. */
@Singleton
class OutboxPetitionMessages implements PetitionMessages {

    private final Outbox outbox;

    OutboxPetitionMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void started(Petition petition) {
        append(petition, ProposalsMessages.PETITION_STARTED, petition.startedAt(),
            new PetitionStarted(id(petition), petition.threshold(), petition.startedAt()));
    }

    @Override
    public void signatureCountChanged(Petition petition, Instant now) {
        append(petition, ProposalsMessages.PETITION_SIGNATURE_COUNT_CHANGED, now,
            new PetitionSignatureCountChanged(id(petition), petition.signatureCount(), petition.threshold(), now));
    }

    @Override
    public void sent(Petition petition) {
        append(petition, ProposalsMessages.PETITION_SENT, petition.sentAt(), new PetitionSent(id(petition),
            petition.signatureCount(), petition.threshold(), petition.sentAt(), petition.councilDeadline()));
    }

    @Override
    public void handled(Petition petition) {
        var decision = petition.decision();
        append(petition, ProposalsMessages.PETITION_HANDLED, decision.recordedAt(), new PetitionHandled(id(petition),
            decision.outcome().code(), decision.meetingDate(), decision.text(), decision.caseUrl(),
            decision.recordedAt()));
    }

    private <T> void append(Petition petition, MessageType<T> type, Instant at, T payload) {
        outbox.append(new OutgoingMessage<>(type, UUID.randomUUID(), at, petition.municipality().number(),
            id(petition), payload));
    }

    private static String id(Petition petition) {
        return petition.idea().toString();
    }
}
