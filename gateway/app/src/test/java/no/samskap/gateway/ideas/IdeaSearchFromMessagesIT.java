package no.samskap.gateway.ideas;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.gateway.StandInIdentityProvider;
import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.ideas.readmodel.SimilarIdeas;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ideas that reach the board as the proposals service's messages can be searched, sorted and suggested at once. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaSearchFromMessagesIT {

    private static final String ULLENSVANG = "4618";

    private TestInfrastructure infrastructure;
    private EmbeddedServer server;
    private HttpClient client;
    private KafkaProducer<String, byte[]> producer;
    private StandInIdentityProvider identityProvider;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        var properties = new HashMap<String, Object>(
            infrastructure.applicationProperties(infrastructure.freshSchema("gateway")));
        properties.put("micronaut.server.port", -1);
        identityProvider = StandInIdentityProvider.start();
        properties.putAll(identityProvider.gatewayProperties());
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        producer = infrastructure.producer();
    }

    @AfterAll
    void stop() {
        producer.close();
        client.close();
        server.close();
        identityProvider.close();
    }

    @Test
    void anIdeaFromMessagesIsFoundByAnotherFormOfItsWordsSortedBySupportsAndSuggestedAsSimilar() throws Exception {
        publishIdea("Konsert med hardingfele", "Spelemenn frå bygda på kulturhuset.");
        var kino = publishIdea("Konserter på kinoen i Odda", "Opptak av konsertar vist på stort lerret.");
        support(kino, 4);

        eventually(() -> {
            assertEquals(List.of("Konserter på kinoen i Odda", "Konsert med hardingfele"),
                titles(board("&sort=most-supported")));
            assertEquals(4, board("&sort=most-supported").get(0).supportCount());
        });
        assertEquals(2, board("&q=konsertane").size());
        assertEquals(List.of("Konsert med hardingfele"), titles(board("&q=hardingfela")));
        assertEquals("Konsert med hardingfele", client.toBlocking().retrieve("/api/ideas/similar?municipality="
            + ULLENSVANG + "&text=Konsert+med+hardingfela", SimilarIdeas.class).ideas().get(0).title());
    }

    @Test
    void anIdeaFromMessagesIsFoundByAWordInsideItsCompoundsAndByAnotherInflection() throws Exception {
        publishIdea("Sommarkino på kaia", "Utlån av syklar til dei som kjem langvegs frå.");

        eventually(() -> assertTrue(titles(board("&q=kino")).contains("Sommarkino på kaia")));
        assertTrue(titles(board("&q=sykkel")).contains("Sommarkino på kaia"));
    }

    private List<IdeaSummary> board(String query) {
        return client.toBlocking().retrieve("/api/ideas?municipality=" + ULLENSVANG + query, IdeaBoardPage.class).ideas();
    }

    private static List<String> titles(List<IdeaSummary> ideas) {
        return ideas.stream().map(IdeaSummary::title).toList();
    }

    private String publishIdea(String title, String body) throws Exception {
        var id = UUID.randomUUID().toString();
        var at = Instant.parse("2026-10-01T10:00:00Z");
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted(id, "ullensvang-resident-1", title, body, "kulturhus", at), UUID.randomUUID(), at,
            ULLENSVANG, id)));
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_PUBLISHED,
            new IdeaPublished(id, "samskap", at), UUID.randomUUID(), at, ULLENSVANG, id)));
        return id;
    }

    private void support(String id, int count) throws Exception {
        var at = Instant.parse("2026-10-02T10:00:00Z");
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.SUPPORT_GIVEN,
            new SupportGiven(id, "ullensvang-resident-" + count, count, at), UUID.randomUUID(), at, ULLENSVANG, id)));
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(infrastructure.topicPrefix() + ProposalsMessages.IDEA.topic(), key, value)).get();
    }
}
