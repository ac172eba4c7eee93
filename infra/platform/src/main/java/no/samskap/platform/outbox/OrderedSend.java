package no.samskap.platform.outbox;

import no.samskap.platform.observability.RequestId;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hands a claimed batch to the producer so that no message can reach Kafka before an earlier one of the batch.
 * A record the producer refuses before queueing it (no metadata within {@code max.block.ms}, as right after a broker
 * restart) fails through its future while the producer would go on sending every later record; the relay would then
 * send the refused one again after them, and a consumer would see an idea published before it was submitted. So the
 * batch stops at the first refused record, and the caller must abandon the producer without waiting, so that nothing
 * queued behind an expired record is sent either.
 */
final class OrderedSend {

    private OrderedSend() {
    }

    static void sendAndAwait(Producer<String, byte[]> producer, List<ClaimedMessage> messages, Duration timeout)
        throws InterruptedException, ExecutionException, TimeoutException {
        messages.stream().map(ClaimedMessage::topic).distinct().forEach(producer::partitionsFor);
        var acknowledgements = new ArrayList<Future<RecordMetadata>>(messages.size());
        for (var message : messages) {
            var acknowledgement = producer.send(recordOf(message));
            if (acknowledgement.isDone()) {
                acknowledgement.get();
            }
            acknowledgements.add(acknowledgement);
        }
        producer.flush();
        for (var acknowledgement : acknowledgements) {
            acknowledgement.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    static ProducerRecord<String, byte[]> recordOf(ClaimedMessage message) {
        var record = new ProducerRecord<>(message.topic(), message.key(),
            message.envelope().getBytes(StandardCharsets.UTF_8));
        if (message.requestId() != null) {
            record.headers().add(RequestId.KAFKA_HEADER, message.requestId().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
