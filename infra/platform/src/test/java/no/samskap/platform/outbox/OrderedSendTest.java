package no.samskap.platform.outbox;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrderedSendTest {

    private static final List<ClaimedMessage> BATCH = List.of(
        new ClaimedMessage(1, "samskap.proposals.idea", "idea-1", "{\"type\":\"idea-submitted\"}", null),
        new ClaimedMessage(2, "samskap.proposals.idea", "idea-2", "{\"type\":\"idea-submitted\"}", null),
        new ClaimedMessage(3, "samskap.proposals.idea", "idea-2", "{\"type\":\"idea-published\"}", null));

    @Test
    void aRecordRefusedBeforeItWasQueuedStopsTheBatchSoNothingLaterOvertakesIt() {
        var producer = new RefusingProducer(2);

        var failure = assertThrows(ExecutionException.class,
            () -> OrderedSend.sendAndAwait(producer, BATCH, Duration.ofSeconds(1)));

        assertEquals(TimeoutException.class, failure.getCause().getClass());
        assertEquals(List.of("idea-1"), producer.history().stream().map(ProducerRecord::key).toList(),
            "the idea's publication was not handed to the producer after its refused submission");
    }

    @Test
    void aBatchTheProducerTakesIsSentInItsOrder() throws Exception {
        var producer = new RefusingProducer(0);

        OrderedSend.sendAndAwait(producer, BATCH, Duration.ofSeconds(1));

        assertEquals(List.of("idea-1", "idea-2", "idea-2"), producer.history().stream().map(ProducerRecord::key).toList());
    }

    @Test
    void aMessageWrittenForARequestCarriesItsIdAsARecordHeaderAndOneWrittenForNoneCarriesNoHeader() throws Exception {
        var producer = new RefusingProducer(0);
        var forARequest = new ClaimedMessage(4, "samskap.proposals.idea", "idea-3", "{}", "req-42");

        OrderedSend.sendAndAwait(producer, List.of(forARequest, BATCH.get(0)), Duration.ofSeconds(1));

        var headers = producer.history().stream().map(record -> record.headers().lastHeader("request-id")).toList();
        assertEquals("req-42", new String(headers.get(0).value(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(null, headers.get(1));
    }

    /** Refuses its n-th record the way KafkaProducer does when metadata does not come in time: a failed future. */
    private static final class RefusingProducer extends MockProducer<String, byte[]> {

        private final int refused;
        private int sent;

        RefusingProducer(int refused) {
            super(true, new StringSerializer(), new ByteArraySerializer());
            this.refused = refused;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
            sent++;
            if (sent == refused) {
                return CompletableFuture.failedFuture(new TimeoutException("Topic not present in metadata after 7500 ms."));
            }
            return super.send(record);
        }
    }
}
