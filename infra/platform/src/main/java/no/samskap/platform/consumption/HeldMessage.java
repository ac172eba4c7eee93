package no.samskap.platform.consumption;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A record held back from the read models, as operators see it. The payload stays in the database: it may name
 * people. A message that could not be read has no id or type.
 */
@Serdeable
public record HeldMessage(long id, String topic, int partition, long offset, String key, @Nullable UUID messageId,
                          @Nullable String messageType, String reason, Instant heldAt) {
}
