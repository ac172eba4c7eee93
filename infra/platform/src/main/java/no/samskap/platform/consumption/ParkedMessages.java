package no.samskap.platform.consumption;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

/**
 * Keeps messages that could not be applied after repeated attempts, with the reason, so one poisoned message
 * does not stop a service from reading everything after it. Operators find them, with topic, partition,
 * offset and reason, in the {@code parked_message} table.
 */
@Singleton
class ParkedMessages {

    private final DSLContext sql;

    ParkedMessages(DSLContext sql) {
        this.sql = sql;
    }

    void park(String topic, int partition, long offset, String payload, String reason) {
        sql.execute("""
                insert into parked_message (topic, kafka_partition, kafka_offset, payload, reason)
                values (?, ?, ?, ?, ?)""", topic, partition, offset, payload, reason);
    }
}
