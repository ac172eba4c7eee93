package no.samskap.feedback.moderation.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.Envelope;
import no.samskap.contract.AggregateType;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.PersonBlocked;
import no.samskap.contract.municipalities.PersonUnblocked;
import no.samskap.feedback.moderation.application.AuthorBlocks;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;

/**
 * Hides a blocked person's feedback in the municipality that blocked them, and shows it again when the block is
 * lifted. The platform's copy of the blocks, on the same topic, refuses their writes meanwhile.
 */
@Singleton
class AuthorBlocksFromMunicipalities implements MessageHandler {

    private final AuthorBlocks blocks;
    private final HandlersByType handlers;

    AuthorBlocksFromMunicipalities(AuthorBlocks blocks) {
        this.blocks = blocks;
        this.handlers = HandlersByType.of(MunicipalityMessages.PERSON_BLOCK)
            .on(MunicipalityMessages.PERSON_BLOCKED, this::blocked)
            .on(MunicipalityMessages.PERSON_UNBLOCKED, this::unblocked)
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

    private void blocked(Envelope envelope, PersonBlocked blocked) {
        blocks.blocked(blocked.municipality(), blocked.personId(), blocked.blockedAt());
    }

    private void unblocked(Envelope envelope, PersonUnblocked unblocked) {
        blocks.unblocked(unblocked.municipality(), unblocked.personId(), unblocked.unblockedAt());
    }

    /** The hidings are the feedback's own state, not a copy: a replay of the blocks hides and shows again as it goes. */
    @Override
    public void forgetEverything() {
    }
}
