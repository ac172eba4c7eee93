package no.samskap.gateway.shell.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaAssessmentStarted;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.platform.consumption.HeldMessageDesk;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 item 2 in the gateway (ADR 0044): a response date of +10000-01-01, which the read model cannot store, holds
 * the idea's later answer instead of letting it move the idea on, while other ideas flow; admins see both messages
 * held, and once the bad message is discarded and the rest released the idea reads as a clean run leaves it.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeldIdeaMessagesIT {

    private static final Person RANA_ADMIN = new Person("rana-admin", "Arne Admin", "1833", List.of("admin"));
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestInfrastructure infrastructure;
    private GatewayUnderTest gateway;
    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        gateway = GatewayUnderTest.start(infrastructure,
            infrastructure.applicationProperties(infrastructure.freshSchema("gateway")));
        producer = infrastructure.producer();
    }

    @AfterAll
    void stop() {
        producer.close();
        gateway.close();
    }

    @Test
    void aResponseDateTheReadModelCannotStoreHoldsTheIdeasAnswerUntilDiscardedAndReleased() throws Exception {
        var idea = published("Ungdomsscene i Mo");
        send(idea, ProposalsMessages.IDEA_ASSESSMENT_STARTED, new IdeaAssessmentStarted(idea, "rana-staff",
            LocalDate.of(10000, 1, 1), AT.plusSeconds(1)));
        send(idea, ProposalsMessages.IDEA_ANSWERED, new IdeaAnswered(idea, "rana-staff", "accepted",
            "Scenen åpner i mars.", AT.plusSeconds(2)));
        var other = published("Filmklubb i Mo");

        eventually(() -> assertEquals(200, gateway.get("/api/ideas/" + other).statusCode()));
        eventually(Duration.ofSeconds(40), () -> assertEquals(2, heldOf(idea).size()));
        var held = heldOf(idea);
        assertEquals("idea-assessment-started", held.get(0).get("messageType").asText());
        assertTrue(held.get(0).get("reason").asText().contains("date"), held.get(0).get("reason").asText());
        assertEquals("idea-answered", held.get(1).get("messageType").asText());
        assertEquals("published", idea(idea).get("idea").get("status").asText());

        var desk = gateway.bean(HeldMessageDesk.class);
        assertTrue(desk.discard(held.get(0).get("id").asLong()));
        desk.releaseAll();

        var page = idea(idea);
        assertEquals("accepted", page.get("idea").get("status").asText());
        assertEquals(List.of("submitted", "published", "accepted"), statuses(page));
        assertEquals(List.of(), heldOf(idea));
    }

    private String published(String title) throws Exception {
        var id = UUID.randomUUID().toString();
        send(id, ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(id, "resident", title, "Beskrivelse", "annet", AT));
        send(id, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap", AT));
        return id;
    }

    private <P> void send(String idea, MessageType<P> type, P payload) throws Exception {
        producer.send(new ProducerRecord<>(infrastructure.topicPrefix() + ProposalsMessages.IDEA.topic(), idea,
            EnvelopeCodec.toBytes(EnvelopeCodec.wrap(type, payload, UUID.randomUUID(), AT, "1833", idea)))).get();
    }

    private List<JsonNode> heldOf(String idea) {
        var response = gateway.get("/api/operations/held-messages", Map.of("Accept", "application/json",
            "Cookie", "samskap_id=" + gateway.identityProvider().idToken(RANA_ADMIN, Duration.ofMinutes(5))));
        assertEquals(200, response.statusCode(), response.body());
        var found = new ArrayList<JsonNode>();
        read(response.body()).forEach(message -> {
            if (message.get("key").asText().equals(idea)) {
                found.add(message);
            }
        });
        return found;
    }

    private JsonNode idea(String id) {
        var response = gateway.get("/api/ideas/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return read(response.body());
    }

    private static List<String> statuses(JsonNode page) {
        var statuses = new ArrayList<String>();
        page.get("timeline").forEach(step -> statuses.add(step.get("status").asText()));
        return statuses;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
