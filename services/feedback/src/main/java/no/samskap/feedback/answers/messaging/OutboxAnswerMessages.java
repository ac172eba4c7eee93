package no.samskap.feedback.answers.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.feedback.FeedbackAnswered;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.feedback.FeedbackResponseDateChanged;
import no.samskap.feedback.answers.application.AnswerMessages;
import no.samskap.feedback.answers.domain.AnswerEvent;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.UUID;

/** Answers as messages of the contract; a private answer travels without its text, and no message names the author. */
@Singleton
class OutboxAnswerMessages implements AnswerMessages {

    private static final MessageMapping<AnswerEvent> MESSAGES = MessageMapping.of(AnswerEvent.class)
        .on(AnswerEvent.Answered.class, answered -> message(answered, FeedbackMessages.FEEDBACK_ANSWERED,
            new FeedbackAnswered(id(answered), answered.answer().publicAnswer(),
                answered.answer().publicAnswer() ? answered.answer().text() : null, answered.answer().onTime(),
                answered.occurredAt())))
        .on(AnswerEvent.ResponseDateChanged.class, changed -> message(changed,
            FeedbackMessages.FEEDBACK_RESPONSE_DATE_CHANGED, new FeedbackResponseDateChanged(id(changed),
                changed.respondBy(), changed.reason(), changed.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxAnswerMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(AnswerEvent event) {
        outbox.append(MESSAGES.toMessage(event));
    }

    private static String id(AnswerEvent event) {
        return event.feedback().id().toString();
    }

    private static <P> OutgoingMessage<P> message(AnswerEvent event, MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, UUID.randomUUID(), event.occurredAt(), event.feedback().municipality(),
            id(event), payload);
    }
}
