package no.samskap.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every topic: a stable type string and version, a unique id, when it happened, the
 * municipality it belongs to, the aggregate it is about, and a payload whose shape the type and version fix.
 */
public record Envelope(
    UUID id,
    String type,
    int version,
    Instant occurredAt,
    String municipality,
    String aggregateType,
    String aggregateId,
    JsonNode payload) {

    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
        if (!MunicipalityNumber.isValid(municipality)) {
            throw new IllegalArgumentException("municipality must be a 4-digit kommunenummer, was " + municipality);
        }
    }

    public boolean is(MessageType<?> messageType) {
        return messageType.name().equals(type) && messageType.version() == version;
    }
}
