package no.samskap.gateway.organisations;

import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.organisations.AssociationChecked;
import no.samskap.contract.organisations.AssociationRegistered;
import no.samskap.contract.organisations.AssociationVerified;
import no.samskap.contract.organisations.MemberAdded;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Publishes what the organisations service would after a write, on the association's own partition. */
public final class AssociationMessagesOnKafka implements AutoCloseable {

    public static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    public AssociationMessagesOnKafka(TestInfrastructure infrastructure) {
        producer = infrastructure.producer();
        topic = infrastructure.topicPrefix() + OrganisationsMessages.ASSOCIATION.topic();
    }

    /** Registered by {@code admin}, who becomes its first admin, as the service sends it. */
    public void registered(String id, String municipality, String organisationNumber, String name, String type,
                           String admin) {
        send(OrganisationsMessages.ASSOCIATION_REGISTERED, new AssociationRegistered(id, organisationNumber, name,
            type, "Om " + name, null, admin, AT), municipality, id);
        send(OrganisationsMessages.MEMBER_ADDED, new MemberAdded(id, admin, "admin", admin, AT), municipality, id);
    }

    public void checkedActive(String id, String municipality, String registeredName) {
        send(OrganisationsMessages.ASSOCIATION_CHECKED, new AssociationChecked(id, "active", registeredName,
            "Forening/lag/innretning", true, null, AT), municipality, id);
    }

    public void verified(String id, String municipality) {
        send(OrganisationsMessages.ASSOCIATION_VERIFIED, new AssociationVerified(id, "rana-staff", AT), municipality, id);
    }

    public <P> void send(MessageType<P> type, P payload, String municipality, String id) {
        try {
            producer.send(new ProducerRecord<>(topic, id, EnvelopeCodec.toBytes(
                EnvelopeCodec.wrap(type, payload, UUID.randomUUID(), Instant.now(), municipality, id)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + type.name(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
