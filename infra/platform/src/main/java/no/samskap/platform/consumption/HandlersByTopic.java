package no.samskap.platform.consumption;

import jakarta.inject.Singleton;
import no.samskap.platform.messaging.MessagingConfiguration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The handlers of this deployable by the topic they read, shared by the consumer and the release of held records. */
@Singleton
class HandlersByTopic {

    private final Map<String, MessageHandler> byTopic;

    HandlersByTopic(MessagingConfiguration configuration, List<MessageHandler> handlers) {
        this.byTopic = handlers.stream()
            .collect(Collectors.groupingBy(handler -> configuration.topic(handler.source()), Collectors.toList()))
            .entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> HandlersOfOneTopic.of(entry.getValue())));
    }

    MessageHandler of(String topic) {
        var handler = byTopic.get(topic);
        if (handler == null) {
            throw new IllegalArgumentException("No handler reads " + topic + " in this deployable.");
        }
        return handler;
    }

    Set<String> topics() {
        return byTopic.keySet();
    }

    boolean isEmpty() {
        return byTopic.isEmpty();
    }
}
