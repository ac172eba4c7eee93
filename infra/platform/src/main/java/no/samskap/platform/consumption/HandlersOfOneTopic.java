package no.samskap.platform.consumption;

import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;

import java.util.Comparator;
import java.util.List;

/**
 * Several read models fed by one topic: each message goes to every handler of the topic, all in the one
 * transaction that marks the message processed, so either all of them apply it or none does.
 */
final class HandlersOfOneTopic implements MessageHandler {

    private final List<MessageHandler> handlers;

    private HandlersOfOneTopic(List<MessageHandler> handlers) {
        this.handlers = handlers;
    }

    static MessageHandler of(List<MessageHandler> handlers) {
        if (handlers.size() == 1) {
            return handlers.get(0);
        }
        // A fixed order, so that a replay applies the handlers in the order the first run did.
        return new HandlersOfOneTopic(handlers.stream()
            .sorted(Comparator.comparing(handler -> handler.getClass().getName())).toList());
    }

    @Override
    public AggregateType source() {
        return handlers.get(0).source();
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.forEach(handler -> handler.handle(envelope));
    }

    @Override
    public void forgetEverything() {
        handlers.forEach(MessageHandler::forgetEverything);
    }
}
