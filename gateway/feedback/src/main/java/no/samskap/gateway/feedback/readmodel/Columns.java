package no.samskap.gateway.feedback.readmodel;

import no.samskap.contract.Envelope;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Values as the read model's columns take them. */
final class Columns {

    private Columns() {
    }

    static UUID id(Envelope envelope) {
        return UUID.fromString(envelope.aggregateId());
    }

    static UUID uuidOrNull(String id) {
        return id == null || id.isBlank() ? null : UUID.fromString(id);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static String uuidArray(List<String> ids) {
        return "{" + String.join(",", ids == null ? List.of() : ids.stream().map(UUID::fromString)
            .map(UUID::toString).toList()) + "}";
    }
}
