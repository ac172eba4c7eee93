package no.samskap.platform.consumption;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One aggregate as the consumer sees it: its topic and the record key the outbox gives every message about it. A
 * record without a key is counted with all other keyless records of its topic, the careful side when nothing
 * tells them apart.
 */
record AggregateKey(String topic, String key) {

    static AggregateKey of(ConsumerRecord<String, ?> record) {
        return new AggregateKey(record.topic(), record.key() == null ? "" : record.key());
    }
}
