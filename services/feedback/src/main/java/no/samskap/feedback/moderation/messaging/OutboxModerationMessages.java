package no.samskap.feedback.moderation.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.feedback.FeedbackHidden;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.feedback.FeedbackRestored;
import no.samskap.feedback.moderation.application.ModerationMessages;
import no.samskap.feedback.moderation.domain.ModerationEvent;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.UUID;

/** Hidings and restorings as messages of the contract: the reason and the cause, never a report or a person. */
@Singleton
class OutboxModerationMessages implements ModerationMessages {

    private static final MessageMapping<ModerationEvent> MESSAGES = MessageMapping.of(ModerationEvent.class)
        .on(ModerationEvent.Hidden.class, hidden -> message(hidden, FeedbackMessages.FEEDBACK_HIDDEN,
            new FeedbackHidden(id(hidden), hidden.hiding().reason(), hidden.hiding().cause(), hidden.occurredAt())))
        .on(ModerationEvent.Restored.class, restored -> message(restored, FeedbackMessages.FEEDBACK_RESTORED,
            new FeedbackRestored(id(restored), restored.reason(), restored.cause(), restored.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxModerationMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ModerationEvent event) {
        outbox.append(MESSAGES.toMessage(event));
    }

    private static String id(ModerationEvent event) {
        return event.feedback().id().toString();
    }

    private static <P> OutgoingMessage<P> message(ModerationEvent event, MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, UUID.randomUUID(), event.occurredAt(), event.feedback().municipality(),
            id(event), payload);
    }
}
