package no.samskap.gateway.shell.municipalities;

import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.contract.municipalities.PersonBlocked;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Municipalities and blocks told as their owner tells them, on the shared topics. */
public final class MunicipalitiesOnKafka implements AutoCloseable {

    private final TestInfrastructure infrastructure;
    private final KafkaProducer<String, byte[]> producer;

    public MunicipalitiesOnKafka(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        producer = infrastructure.producer();
    }

    public void described(String municipality, String name, List<NamedChoice> strategicValues) {
        send(MunicipalityMessages.MUNICIPALITY_DESCRIBED, municipality, municipality, new MunicipalityDescribed(
            municipality, name, List.of(), strategicValues, List.of(), Instant.now()));
    }

    public void blocked(String municipality, String personId) {
        send(MunicipalityMessages.PERSON_BLOCKED, municipality, MunicipalityMessages.personBlockId(municipality, personId),
            new PersonBlocked(personId, municipality, Instant.now()));
    }

    private <P> void send(MessageType<P> type, String municipality, String key, P payload) {
        try {
            producer.send(new ProducerRecord<>(infrastructure.topicPrefix() + type.topic(), key, EnvelopeCodec.toBytes(
                EnvelopeCodec.wrap(type, payload, UUID.randomUUID(), Instant.now(), municipality, key)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take the " + type.name(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
