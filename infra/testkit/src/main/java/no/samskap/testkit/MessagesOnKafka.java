package no.samskap.testkit;

import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Any message of the contract on its type's topic under the test's prefix, keyed as its producer keys it. */
public final class MessagesOnKafka implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String prefix;

    public MessagesOnKafka(TestInfrastructure infrastructure) {
        producer = infrastructure.producer();
        prefix = infrastructure.topicPrefix();
    }

    /** Sends and waits until the broker has it. */
    public <P> void send(MessageType<P> type, UUID id, Instant at, String municipality, String key, P payload) {
        var envelope = EnvelopeCodec.wrap(type, payload, id, at, municipality, key);
        try {
            producer.send(new ProducerRecord<>(prefix + type.topic(), key, EnvelopeCodec.toBytes(envelope))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + envelope.type(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
