package no.samskap.feedback.feedback.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.feedback.FeedbackEdited;
import no.samskap.contract.feedback.FeedbackGiven;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.feedback.FeedbackWithdrawn;
import no.samskap.feedback.feedback.application.FeedbackPublication;
import no.samskap.feedback.feedback.domain.FeedbackEvent;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.UUID;

/**
 * Turns feedback's domain events into messages of the public contract and appends them to the outbox. No message
 * names the author, anonymous or not.
 */
@Singleton
class OutboxFeedbackPublication implements FeedbackPublication {

    private static final MessageMapping<FeedbackEvent> MESSAGES = MessageMapping.of(FeedbackEvent.class)
        .on(FeedbackEvent.Given.class, given -> message(given, FeedbackMessages.FEEDBACK_GIVEN, given(given)))
        .on(FeedbackEvent.Edited.class, edited -> message(edited, FeedbackMessages.FEEDBACK_EDITED,
            new FeedbackEdited(id(edited), edited.feedback().contents().rating(), edited.feedback().contents().text(),
                edited.feedback().contents().wishNext(), edited.occurredAt())))
        .on(FeedbackEvent.Withdrawn.class, withdrawn -> message(withdrawn, FeedbackMessages.FEEDBACK_WITHDRAWN,
            new FeedbackWithdrawn(id(withdrawn), withdrawn.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxFeedbackPublication(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(FeedbackEvent event) {
        outbox.append(MESSAGES.toMessage(event));
    }

    private static FeedbackGiven given(FeedbackEvent.Given given) {
        var feedback = given.feedback();
        var eventId = feedback.subject().eventId();
        return new FeedbackGiven(id(given), feedback.municipality().value(),
            eventId == null ? null : eventId.toString(), feedback.subject().unit(), feedback.contents().rating(),
            feedback.contents().text(), feedback.contents().wishNext(), feedback.anonymous(), feedback.respondBy(),
            given.occurredAt());
    }

    private static String id(FeedbackEvent event) {
        return event.feedback().id().toString();
    }

    private static <P> OutgoingMessage<P> message(FeedbackEvent event, MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, UUID.randomUUID(), event.occurredAt(),
            event.feedback().municipality().value(), id(event), payload);
    }
}
