package no.samskap.platform.consumption;

import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import no.samskap.platform.observability.RequestId;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code held_message} table: records that could not be applied and the later records of their aggregates.
 * Whoever adds to or takes from one aggregate's held records first takes that aggregate's transaction-scoped
 * advisory lock, so the consumer never applies a record past a hold that an operator is releasing at that moment.
 */
@Singleton
class HeldMessages {

    private final DSLContext sql;

    HeldMessages(DSLContext sql) {
        this.sql = sql;
    }

    Set<AggregateKey> heldAggregates() {
        var held = new HashSet<AggregateKey>();
        sql.fetch("select distinct topic, message_key from held_message")
            .forEach(row -> held.add(new AggregateKey(row.get(0, String.class), row.get(1, String.class))));
        return held;
    }

    /** Locks the aggregate until the transaction ends, then says whether it still has held records. */
    boolean lockAndCheckHeld(AggregateKey aggregate) {
        lock(aggregate);
        return sql.fetchExists(sql.selectOne().from("held_message").where("topic = ? and message_key = ?",
            aggregate.topic(), aggregate.key()));
    }

    void lock(AggregateKey aggregate) {
        // A topic name never holds a slash, so topic and key joined by one name exactly one aggregate.
        sql.fetch("select pg_advisory_xact_lock(hashtextextended(?, 44))", aggregate.topic() + "/" + aggregate.key());
    }

    void hold(ConsumerRecord<String, byte[]> record, UUID messageId, String messageType, String reason) {
        var aggregate = AggregateKey.of(record);
        var payload = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        sql.execute("""
                insert into held_message (topic, kafka_partition, kafka_offset, message_key, message_id, message_type,
                                          payload, reason, request_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (topic, kafka_partition, kafka_offset) do nothing""",
            record.topic(), record.partition(), record.offset(), aggregate.key(), messageId, messageType,
            payload.replace("\u0000", ""), reason, RequestId.of(record.headers()).orElse(null));
    }

    Optional<HeldRecord> firstOf(AggregateKey aggregate) {
        return sql.fetchOptional("""
                select id, payload, request_id from held_message where topic = ? and message_key = ?
                order by kafka_partition, kafka_offset limit 1""", aggregate.topic(), aggregate.key())
            .map(row -> new HeldRecord(row.get("id", Long.class), aggregate, row.get("payload", String.class),
                Optional.ofNullable(row.get("request_id", String.class))));
    }

    void forget(long id) {
        sql.execute("delete from held_message where id = ?", id);
    }

    void giveReason(long id, String reason) {
        sql.execute("update held_message set reason = ? where id = ?", reason, id);
    }

    Optional<AggregateKey> aggregateOf(long id) {
        return sql.fetchOptional("select topic, message_key from held_message where id = ?", id)
            .map(row -> new AggregateKey(row.get(0, String.class), row.get(1, String.class)));
    }

    List<HeldMessage> list(int limit) {
        return sql.fetch("""
                select id, topic, kafka_partition, kafka_offset, message_key, message_id, message_type, reason, held_at
                from held_message order by topic, message_key, kafka_partition, kafka_offset limit ?""", limit)
            .map(HeldMessages::toHeldMessage);
    }

    long count() {
        return sql.fetchOne("select count(*) from held_message").get(0, Long.class);
    }

    void forgetEverything() {
        sql.execute("delete from held_message");
    }

    private static HeldMessage toHeldMessage(Record row) {
        return new HeldMessage(row.get("id", Long.class), row.get("topic", String.class),
            row.get("kafka_partition", Integer.class), row.get("kafka_offset", Long.class),
            row.get("message_key", String.class), row.get("message_id", UUID.class),
            row.get("message_type", String.class), row.get("reason", String.class),
            row.get("held_at", java.time.OffsetDateTime.class).toInstant());
    }

    record HeldRecord(long id, AggregateKey aggregate, String payload, Optional<String> requestId) {
    }
}
