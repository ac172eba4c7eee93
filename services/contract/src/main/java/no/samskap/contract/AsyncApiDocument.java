package no.samskap.contract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AsyncAPI 3.0 description of every topic and message type, made from {@link MessageCatalogue} and the payload
 * records each time it is asked for, so it says what the code sends (ADR 0057). Each topic is a channel whose address
 * is the topic behind the installation's {@code prefix}; each message type and version is a message whose payload
 * schema is the envelope with its type, version and aggregate type fixed and its payload read from the record.
 */
public final class AsyncApiDocument {

    public static final String VERSION = "3.0.0";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AsyncApiDocument() {
    }

    public static ObjectNode describe() {
        var document = NODES.objectNode().put("asyncapi", VERSION);
        document.putObject("info")
            .put("title", "Samskap messages")
            .put("version", "1")
            .put("description", "Every message the Samskap services publish on Kafka. The record key is the "
                + "aggregate id, the value one envelope as UTF-8 JSON; readers ignore fields they do not know. "
                + "Made from the message contract (services/contract); docs/messages.md says who reads what.");
        document.put("defaultContentType", "application/json");
        var channels = document.putObject("channels");
        var operations = document.putObject("operations");
        var messages = document.putObject("components").putObject("messages");
        byTopic().forEach((topic, types) -> {
            var channel = channels.putObject(topic)
                .put("address", "{prefix}" + topic)
                .put("description", "One aggregate type's messages, keyed by its id so each aggregate's stay in order.");
            channel.putObject("parameters").putObject("prefix")
                .put("description", "samskap.messaging.topic-prefix (SAMSKAP_TOPIC_PREFIX); empty unless several "
                    + "installations share one cluster.");
            var channelMessages = channel.putObject("messages");
            var operation = operations.putObject("send-" + topic).put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + topic);
            var operationMessages = operation.putArray("messages");
            types.forEach(type -> {
                messages.set(messageId(type), message(type));
                channelMessages.putObject(messageId(type)).put("$ref", "#/components/messages/" + messageId(type));
                operationMessages.addObject().put("$ref", "#/channels/" + topic + "/messages/" + messageId(type));
            });
        });
        return document;
    }

    public static String messageId(MessageType<?> type) {
        return type.name() + ".v" + type.version();
    }

    private static Map<String, List<MessageType<?>>> byTopic() {
        var byTopic = new LinkedHashMap<String, List<MessageType<?>>>();
        MessageCatalogue.all().forEach(type ->
            byTopic.computeIfAbsent(type.topic(), topic -> new ArrayList<>()).add(type));
        return byTopic;
    }

    private static ObjectNode message(MessageType<?> type) {
        var message = NODES.objectNode()
            .put("name", type.name())
            .put("title", type.name() + " v" + type.version())
            .put("contentType", "application/json");
        message.putObject("bindings").putObject("kafka")
            .put("bindingVersion", "0.5.0")
            .putObject("key").put("type", "string").put("description", "The " + type.aggregateType().name() + "'s id.");
        message.set("payload", envelope(type));
        return message;
    }

    private static ObjectNode envelope(MessageType<?> type) {
        var schema = NODES.objectNode().put("type", "object");
        schema.putArray("required").add("id").add("type").add("version").add("occurredAt").add("municipality")
            .add("aggregateType").add("aggregateId").add("payload");
        var properties = schema.putObject("properties");
        properties.putObject("id").put("type", "string").put("format", "uuid");
        properties.putObject("type").put("const", type.name());
        properties.putObject("version").put("const", type.version());
        properties.putObject("occurredAt").put("type", "string").put("format", "date-time");
        properties.putObject("municipality").put("type", "string").put("pattern", "^[0-9]{4}$")
            .put("description", "The kommunenummer the message belongs to.");
        properties.putObject("aggregateType").put("const", type.aggregateType().name());
        properties.putObject("aggregateId").put("type", "string");
        properties.set("payload", PayloadSchema.of(type.payloadType()));
        return schema;
    }
}
