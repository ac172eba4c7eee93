package no.samskap.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.contract.municipalities.Names;
import no.samskap.contract.municipalities.PersonBlocked;
import no.samskap.contract.municipalities.PersonUnblocked;
import no.samskap.platform.consumption.ConsumerLag;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.platform.messaging.MessagingConfiguration;
import no.samskap.platform.municipalities.KnownMunicipalities;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second service, not proposals, built only on the platform: it learns blocks and municipalities from the shared
 * topics on the real broker, and refuses a blocked person's write without a line of its own about blocks.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondServiceIT {

    private final TestTokens tokens = TestTokens.shared();
    private TestInfrastructure infrastructure;
    private String schema;
    private EmbeddedServer service;
    private HttpClient client;
    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        var extra = new HashMap<String, Object>(tokens.applicationProperties());
        extra.put("platform-check.second-service", "on");
        extra.put("micronaut.security.token.roles-name", "roles");
        // Only this instance applies descriptions here, so it must never need the copy read again on a timer.
        extra.put("samskap.municipalities.read-again-after", "1h");
        schema = infrastructure.freshSchema("second_service");
        service = PlatformApplication.serve(infrastructure, schema, extra);
        client = service.getApplicationContext().createBean(HttpClient.class, service.getURL());
        producer = infrastructure.producer();
        // The topics were created as the service started; wait until its consumer reads every one of them, so a
        // sentence's own wait is for the message, not for Kafka's first rebalance and metadata.
        var lag = service.getApplicationContext().getBean(ConsumerLag.class);
        var messaging = service.getApplicationContext().getBean(MessagingConfiguration.class);
        var topics = List.of(messaging.topic(MunicipalityMessages.MUNICIPALITY),
            messaging.topic(MunicipalityMessages.PERSON_BLOCK));
        eventually(() -> assertTrue(lag.byTopic().keySet().containsAll(topics), "reading " + lag.byTopic()));
    }

    @AfterAll
    void stop() {
        client.close();
        service.getApplicationContext().close();
        producer.close();
    }

    @Test
    void aPersonBlockedInTheirMunicipalityIsRefusedEveryWriteThereUntilUnblockedWithoutBeingToldWhy() throws Exception {
        var troll = tokens.resident("second-troll", "1833");
        assertEquals(201, write(troll));

        publish(MunicipalityMessages.PERSON_BLOCKED, "1833", "second-troll",
            new PersonBlocked("second-troll", "1833", Instant.now()));

        eventually(() -> assertEquals(403, write(troll)));
        var refusal = refusalOf(troll);
        assertEquals("https://samskap.no/problems/blocked", refusal.get("type"));
        assertEquals("You cannot write in this municipality.", refusal.get("detail"));
        assertEquals(Map.of(), client.toBlocking().retrieve(HttpRequest.GET("/offers").bearerAuth(troll), Map.class));
        assertEquals(201, write(tokens.resident("second-neighbour", "1833")));
        assertEquals(201, write(tokens.resident("second-troll", "4618")));

        publish(MunicipalityMessages.PERSON_UNBLOCKED, "1833", "second-troll",
            new PersonUnblocked("second-troll", "1833", Instant.now()));

        eventually(() -> assertEquals(201, write(troll)));
    }

    @Test
    void keepsTheNewestDescriptionOfEachMunicipalityAndNamesItsChoicesInEachLanguage() throws Exception {
        var municipalities = service.getApplicationContext().getBean(KnownMunicipalities.class);
        var rana = new MunicipalityNumber("1833");
        var newer = described("Rana", Instant.parse("2026-12-02T10:00:00Z"));
        var older = described("Rana kommune (gammel)", Instant.parse("2026-12-01T10:00:00Z"));
        assertEquals("1833", municipalities.nameOf(rana));

        publish(MunicipalityMessages.MUNICIPALITY_DESCRIBED, "1833", "1833", newer);
        publish(MunicipalityMessages.MUNICIPALITY_DESCRIBED, "1833", "1833", older);
        var marker = described("Ullensvang", Instant.parse("2026-12-01T10:00:00Z"));
        publish(MunicipalityMessages.MUNICIPALITY_DESCRIBED, "4618", "4618",
            new MunicipalityDescribed("4618", "Ullensvang", List.of(), List.of(), List.of(), marker.describedAt()));

        eventually(() -> assertEquals("Ullensvang", municipalities.nameOf(new MunicipalityNumber("4618"))));
        eventually(() -> assertEquals("Rana", municipalities.nameOf(rana)));
        var value = municipalities.find(rana).orElseThrow().strategicValue("folkehelse").orElseThrow().names();
        assertEquals("Folkehelse", value.in(Locale.forLanguageTag("nb")));
        assertEquals("Folkehelse", value.in(Locale.forLanguageTag("nn")));
        assertEquals("Public health", value.in(Locale.ENGLISH));
        assertFalse(municipalities.find(new MunicipalityNumber("0301")).isPresent());
        assertTrue(municipalities.find(rana).orElseThrow().serviceArea("kino").isPresent());
    }

    @Test
    void aDescriptionIsKnownAsSoonAsItIsStoredThoughTheCopyWasReadJustBefore() throws Exception {
        var municipalities = service.getApplicationContext().getBean(KnownMunicipalities.class);
        var bodo = new MunicipalityNumber("1804");
        assertEquals("1804", municipalities.nameOf(bodo));

        publish(MunicipalityMessages.MUNICIPALITY_DESCRIBED, "1804", "1804",
            new MunicipalityDescribed("1804", "Bodø", List.of(), List.of(), List.of(), Instant.now()));
        eventually(() -> assertTrue(storedCopyOf("1804")));

        assertEquals("Bodø", municipalities.nameOf(bodo));
    }

    private boolean storedCopyOf(String municipality) throws SQLException {
        try (var connection = infrastructure.connect(schema); var select = connection.prepareStatement(
                "select 1 from municipality_copy where municipality = ?")) {
            select.setString(1, municipality);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static MunicipalityDescribed described(String name, Instant at) {
        return new MunicipalityDescribed("1833", name,
            List.of(new NamedChoice("kino", new Names("Kino", "Kino", "Cinema"))),
            List.of(new NamedChoice("folkehelse", new Names("Folkehelse", "Folkehelse", "Public health"))),
            List.of(new NamedChoice("barn", new Names("Barn", "Born", "Children"))), at);
    }

    private int write(String token) {
        try {
            return client.toBlocking().exchange(HttpRequest.POST("/offers", Map.of("what", "Lydutstyr"))
                .bearerAuth(token), String.class).code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> refusalOf(String token) {
        try {
            client.toBlocking().exchange(HttpRequest.POST("/offers", Map.of("what", "Lydutstyr")).bearerAuth(token),
                String.class);
            throw new AssertionError("the write was accepted");
        } catch (HttpClientResponseException refused) {
            assertTrue(refused.getResponse().getContentType().orElseThrow().toString().startsWith("application/problem+json"));
            return refused.getResponse().getBody(Map.class).orElseThrow();
        }
    }

    private <P> void publish(MessageType<P> type, String municipality, String key, P payload) throws Exception {
        var aggregateId = type.aggregateType().equals(MunicipalityMessages.PERSON_BLOCK)
            ? MunicipalityMessages.personBlockId(municipality, key) : key;
        producer.send(new ProducerRecord<>(infrastructure.topicPrefix() + type.topic(), aggregateId,
            EnvelopeCodec.toBytes(EnvelopeCodec.wrap(type, payload, UUID.randomUUID(), Instant.now(), municipality,
                aggregateId)))).get();
    }
}
