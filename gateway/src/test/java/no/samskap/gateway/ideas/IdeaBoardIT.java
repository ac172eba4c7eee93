package no.samskap.gateway.ideas;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.StandInIdentityProvider;
import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaBoardIT {

    private TestInfrastructure infrastructure;
    private EmbeddedServer server;
    private HttpClient client;
    private KafkaProducer<String, byte[]> producer;
    private StandInIdentityProvider identityProvider;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        var properties = new HashMap<String, Object>(infrastructure.applicationProperties(infrastructure.freshSchema("gateway")));
        properties.put("micronaut.server.port", -1);
        identityProvider = StandInIdentityProvider.start();
        properties.putAll(identityProvider.gatewayProperties());
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void stop() {
        producer.close();
        client.close();
        server.close();
        identityProvider.close();
    }

    @Test
    void showsASubmittedIdeaOnItsMunicipalitysBoardOnly() throws Exception {
        var ranaIdea = publishIdea("1833", "Karriereveiledning for unge YouTube-skapere", Instant.parse("2026-11-01T10:00:00Z"));
        var ullensvangIdea = publishIdea("4618", "Filmklubb i Odda", Instant.parse("2026-11-01T10:00:00Z"));

        eventually(() -> assertEquals("Karriereveiledning for unge YouTube-skapere",
            client.toBlocking().retrieve("/api/ideas/" + ranaIdea, IdeaSummary.class).title()));
        eventually(() -> client.toBlocking().retrieve("/api/ideas/" + ullensvangIdea, IdeaSummary.class));

        var ranaBoard = client.toBlocking().retrieve("/api/ideas?municipality=1833&limit=100", IdeaBoardPage.class);
        assertTrue(ranaBoard.ideas().stream().anyMatch(idea -> idea.id().equals(ranaIdea)));
        assertFalse(ranaBoard.ideas().stream().anyMatch(idea -> idea.id().equals(ullensvangIdea)));
    }

    @Test
    void aRedeliveredMessageLeavesOneIdeaOnTheBoard() throws Exception {
        var id = UUID.randomUUID().toString();
        var envelope = EnvelopeCodec.wrap(ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted(id, "ullensvang-resident-1", "Korps for vaksne", "Spel med oss", "kulturskole",
                Instant.parse("2026-10-01T10:00:00Z")), UUID.randomUUID(), Instant.parse("2026-10-01T10:00:00Z"), "4618", id);
        send(id, EnvelopeCodec.toBytes(envelope));
        send(id, EnvelopeCodec.toBytes(envelope));
        var marker = publishIdea("4618", "Etter duplikatet", Instant.parse("2026-10-01T09:00:00Z"));

        eventually(() -> client.toBlocking().retrieve("/api/ideas/" + marker, IdeaSummary.class));
        var board = client.toBlocking().retrieve("/api/ideas?municipality=4618&limit=100", IdeaBoardPage.class);
        assertEquals(1, board.ideas().stream().filter(idea -> idea.id().equals(id)).count());
    }

    @Test
    void pagesThroughTheBoardNewestFirstWithoutRepeatsOrGaps() throws Exception {
        var municipality = "5001";
        var published = new HashSet<String>();
        for (int day = 1; day <= 7; day++) {
            published.add(publishIdea(municipality, "Idé nummer " + day, Instant.parse("2026-09-0" + day + "T12:00:00Z")));
        }
        eventually(() -> assertEquals(7, client.toBlocking()
            .retrieve("/api/ideas?municipality=5001&limit=100", IdeaBoardPage.class).ideas().size()));

        var seen = new java.util.ArrayList<IdeaSummary>();
        String after = null;
        do {
            var page = client.toBlocking().retrieve("/api/ideas?municipality=5001&limit=3"
                + (after == null ? "" : "&after=" + after), IdeaBoardPage.class);
            seen.addAll(page.ideas());
            after = page.next();
        } while (after != null);

        assertEquals(published, new HashSet<>(seen.stream().map(IdeaSummary::id).toList()));
        assertEquals("Idé nummer 7", seen.get(0).title());
        assertEquals("Idé nummer 1", seen.get(6).title());
    }

    @Test
    void refusesAMunicipalityThatIsNoKommunenummerNamingTheField() {
        var failure = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.GET("/api/ideas?municipality=oslo"), String.class));

        assertEquals(400, failure.getStatus().getCode());
        assertTrue(failure.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"municipality\""));
    }

    @Test
    void refusesACursorItDidNotGiveOut() {
        var failure = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.GET("/api/ideas?municipality=1833&after=bogus"), String.class));

        assertEquals(400, failure.getStatus().getCode());
        assertTrue(failure.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"after\""));
    }

    @Test
    void answersAnUnknownIdeaWithNotFound() {
        var failure = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.GET("/api/ideas/" + UUID.randomUUID()), String.class));
        assertEquals(404, failure.getStatus().getCode());
    }

    private String publishIdea(String municipality, String title, Instant submittedAt) throws Exception {
        var id = UUID.randomUUID().toString();
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted(id, "resident", title, "Beskrivelse", "annet", submittedAt), UUID.randomUUID(), submittedAt,
            municipality, id)));
        return id;
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(infrastructure.topicPrefix() + ProposalsMessages.IDEA.topic(), key, value)).get();
    }

}
