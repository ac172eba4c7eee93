package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.idempotency.IdempotencyKey;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaSubmissionIT {

    private static final String TRICKY_BODY = "<script>alert('x')</script> '; drop table idea; --\n"
        + "Nynorsk: kvifor ikkje? Sámi: Sámegiella, čđŋšŧž. Emoji: 🎸🎮";

    private final TestTokens tokens = TestTokens.shared();
    private TestInfrastructure infrastructure;
    private ApplicationUnderTest proposals;
    private HttpClient client;

    @BeforeAll
    void start(ApplicationUnderTest proposals, TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        this.proposals = proposals;
        client = proposals.client();
    }

    @Test
    void storesASubmittedIdeaExactlyAndPublishesIdeaSubmitted() throws Exception {
        var response = client.toBlocking().exchange(submit(tokens.resident("rana-resident-1", "1833"),
            Map.of("title", "Scene for unge band", "body", TRICKY_BODY, "serviceArea", "kulturhus")),
            IdeaView.class);

        assertEquals(HttpStatus.CREATED, response.status());
        var created = response.body();
        assertEquals("/ideas/" + created.id(), response.header("Location"));
        var stored = client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + created.id())
            .bearerAuth(tokens.resident("rana-resident-1", "1833")), IdeaView.class);
        assertEquals(TRICKY_BODY, stored.body());
        assertEquals("rana-resident-1", stored.authorId());

        var message = firstMessageAbout(created.id());
        var payload = EnvelopeCodec.payload(message, ProposalsMessages.IDEA_SUBMITTED);
        assertEquals("1833", message.municipality());
        assertEquals(TRICKY_BODY, payload.body());
        assertEquals("kulturhus", payload.serviceArea());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pre", "post"})
    void answersTheNewIdeaAndARetryOfItExactlyAsItsAuthorReadsItBack(String moderation) {
        var municipality = "pre".equals(moderation) ? "5001" : "1804";
        client.toBlocking().exchange(HttpRequest.PUT("/municipalities/" + municipality + "/settings",
            Map.of("moderation", moderation)).bearerAuth(tokens.admin("answer-admin", municipality)));
        var author = tokens.resident("answer-author", municipality);
        var submission = submit(author, Map.of("title", "Benker langs elva", "body", "Flere benker, takk.",
            "serviceArea", "kulturhus", "targetGroups", List.of("eldre", "barn"), "costModel", "for-noen",
            "place", "Elvepromenaden")).header(IdempotencyKey.HEADER, "answer-" + moderation);

        var created = client.toBlocking().retrieve(submission, Map.class);
        var retried = client.toBlocking().retrieve(submission, Map.class);

        var readBack = client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + created.get("id")).bearerAuth(author),
            Map.class);
        assertEquals(readBack, created);
        assertEquals(readBack, retried);
        assertEquals("pre".equals(moderation) ? "submitted" : "published", created.get("status"));
        assertEquals(Boolean.TRUE, created.get("followedByYou"));
    }

    @Test
    void refusesATooShortTitleNamingTheFieldAndStoresNothing() throws Exception {
        var before = ideaCount();

        var problem = proposals.refused(submit(tokens.resident("rana-resident-1", "1833"),
            Map.of("title", "Kino", "body", "Mer kino", "serviceArea", "kino")));

        assertEquals(400, problem.get("status"));
        assertEquals("title", firstField(problem));
        assertEquals(before, ideaCount());
    }

    @Test
    void acceptsATitleOfOneHundredAndTwentyEmojiAsTheDomainCountsThem() {
        var title = "🎮".repeat(120);
        var created = client.toBlocking().retrieve(submit(tokens.resident("rana-resident-2", "1833"),
            Map.of("title", title, "body", "Spill", "serviceArea", "digital")), IdeaView.class);

        assertEquals(title, created.title());
        assertEquals(created.submittedAt(),
            client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + created.id()), IdeaView.class).submittedAt());
    }

    @Test
    void refusesAnUnknownServiceAreaNamingTheField() {
        var problem = proposals.refused(submit(tokens.resident("ullensvang-resident", "4618"),
            Map.of("title", "Badeland i Odda", "body", "Bading", "serviceArea", "svommehall")));

        assertEquals("serviceArea", firstField(problem));
    }

    @Test
    void takesTheMunicipalityFromTheTokenAndIgnoresOneInTheBody() {
        var created = client.toBlocking().retrieve(submit(tokens.resident("ullensvang-resident", "4618"),
            Map.of("municipality", "1833", "title", "Kor for alle", "body", "Syng", "serviceArea", "kulturskole")),
            IdeaView.class);

        assertEquals("4618", created.municipality());
        assertEquals("ullensvang-resident", created.authorId());
    }

    @Test
    void refusesATokenWithoutAMunicipality() {
        var token = tokens.sign(tokens.claims("stray-resident", null, "resident").build());

        var problem = proposals.refused(submit(token, Map.of("title", "Kor for alle", "body", "Syng", "serviceArea", "kulturskole")));

        assertEquals(403, problem.get("status"));
    }

    @Test
    void refusesAServiceAreaLongerThanAnyKnownOne() {
        var problem = proposals.refused(submit(tokens.resident("rana-resident-1", "1833"),
            Map.of("title", "Kor for alle", "body", "Syng", "serviceArea", "x".repeat(41))));

        assertEquals("serviceArea", firstField(problem));
        assertEquals("https://samskap.no/problems/invalid-request", problem.get("type"));
    }

    @Test
    void answersAnUnknownIdeaWithNotFound() {
        var problem = proposals.refused(HttpRequest.GET("/ideas/" + UUID.randomUUID()));
        assertEquals(404, problem.get("status"));
        assertEquals(404, proposals.refused(HttpRequest.GET("/ideas/not-a-uuid")).get("status"));
    }

    private static MutableHttpRequest<?> submit(String token, Map<String, ?> body) {
        return HttpRequest.POST("/ideas", body).bearerAuth(token);
    }

    private long ideaCount() throws Exception {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery("select count(*) from idea")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private no.samskap.contract.Envelope firstMessageAbout(String ideaId) {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(infrastructure.topicPrefix() + ProposalsMessages.IDEA.topic()));
            for (int polls = 0; polls < 60; polls++) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (ideaId.equals(record.key())) {
                        return EnvelopeCodec.fromBytes(record.value());
                    }
                }
            }
        }
        throw new AssertionError("No message about idea " + ideaId + " reached Kafka");
    }
}
