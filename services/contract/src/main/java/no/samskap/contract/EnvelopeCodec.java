package no.samskap.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Turns envelopes into UTF-8 JSON and back, and payloads into their records. Unknown fields are ignored. */
public final class EnvelopeCodec {

    private static final ObjectMapper JSON = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();

    private EnvelopeCodec() {
    }

    public static <P> Envelope wrap(MessageType<P> type, P payload, UUID id, Instant occurredAt,
                                    String municipality, String aggregateId) {
        return new Envelope(id, type.name(), type.version(), occurredAt, municipality,
            type.aggregateType().name(), aggregateId, JSON.valueToTree(payload));
    }

    public static byte[] toBytes(Envelope envelope) {
        return toJson(envelope).getBytes(StandardCharsets.UTF_8);
    }

    public static String toJson(Envelope envelope) {
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new UnreadableMessageException("Could not write envelope " + envelope.id(), e);
        }
    }

    public static Envelope fromBytes(byte[] bytes) {
        try {
            return JSON.readValue(bytes, Envelope.class);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableMessageException("Not a Samskap envelope: " + e.getMessage(), e);
        }
    }

    public static Envelope fromJson(String json) {
        return fromBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    public static <P> P payload(Envelope envelope, MessageType<P> type) {
        if (!envelope.is(type)) {
            throw new UnreadableMessageException("Envelope " + envelope.id() + " is " + envelope.type() + " v"
                + envelope.version() + ", not " + type.name() + " v" + type.version(), null);
        }
        try {
            return JSON.treeToValue(envelope.payload(), type.payloadType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableMessageException("Payload of " + envelope.id() + " does not fit " + type.name(), e);
        }
    }

    public static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
