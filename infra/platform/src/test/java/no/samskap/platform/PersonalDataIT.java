package no.samskap.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import no.samskap.contract.persons.PersonErased;
import no.samskap.contract.persons.PersonsMessages;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The platform's part of a person's data: what its own tables hold about them is exported on
 * {@code GET /persons/me/data} and gone once {@code person-erased} arrives, in any service built on the platform.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataIT {

    private final TestTokens tokens = TestTokens.shared();
    private EmbeddedServer service;
    private HttpClient client;
    private DSLContext sql;
    private TransactionOperations<Connection> transactions;
    private MessagesOnKafka messages;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start(TestInfrastructure infrastructure) {
        var extra = new HashMap<String, Object>(tokens.applicationProperties());
        extra.put("micronaut.security.token.roles-name", "roles");
        extra.put("samskap.messaging.relay.enabled", "false");
        service = PlatformApplication.serve(infrastructure, infrastructure.freshSchema("personal_data"), extra);
        client = service.getApplicationContext().createBean(HttpClient.class, service.getURL());
        sql = service.getApplicationContext().getBean(DSLContext.class);
        transactions = service.getApplicationContext().getBean(TransactionOperations.class);
        messages = new MessagesOnKafka(infrastructure);
    }

    @AfterAll
    void stop() {
        client.close();
        service.getApplicationContext().close();
        messages.close();
    }

    @Test
    void aPersonDownloadsTheKeysAndBlocksThePlatformKeepsAboutThemAndNobodyElses() {
        leaveTracesOf("export-person");
        leaveTracesOf("export-neighbour");

        var data = download(tokens.resident("export-person", "1833"));

        assertEquals("export-person", data.get("subjectId"));
        var platform = (Map<?, ?>) ((Map<?, ?>) data.get("parts")).get("platform");
        assertEquals(1, ((List<?>) platform.get("idempotencyKeys")).size());
        assertEquals("1833", ((Map<?, ?>) ((List<?>) platform.get("blockedIn")).get(0)).get("municipality"));
        assertFalse(data.toString().contains("export-neighbour"), data.toString());
    }

    @Test
    void theDownloadIsForTheSignedInPersonOnly() {
        var refused = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().retrieve(HttpRequest.GET("/persons/me/data"), Map.class));

        assertEquals(401, refused.code());
    }

    @Test
    void anErasureRemovesThePersonsKeysBlocksAndSentMessagesOnceAndLeavesEveryoneElsesAndWhatIsStillInFlight() {
        leaveTracesOf("erased-person");
        leaveTracesOf("staying-person");
        var inFlight = outboxRow("erased-person", false);

        var erasure = UUID.randomUUID();
        erase("erased-person", erasure);
        eventually(() -> assertEquals(0, tracesOf("erased-person")));
        erase("erased-person", erasure);
        erase("nobody-we-know", UUID.randomUUID());

        eventually(() -> assertEquals(1, count("select count(*) from processed_message where message_id = ?",
            erasure)));
        assertEquals(0, tracesOf("erased-person"));
        assertEquals(1, count("select count(*) from outbox_message where message_id = ?", inFlight));
        assertEquals(5, tracesOf("staying-person"));
        assertEquals(Map.of(), ((Map<?, ?>) download(tokens.resident("erased-person", "1833")).get("parts"))
            .get("platform"));
    }

    private void leaveTracesOf(String person) {
        transactions.executeWrite(status -> {
            sql.execute("""
                insert into idempotency_key (person_id, operation, idempotency_key, fingerprint, created_at)
                values (?, 'submit-idea', ?, 'digest', now())""", person, UUID.randomUUID().toString());
            sql.execute("insert into person_block_copy (municipality, person_id, blocked_at) values ('1833', ?, now())",
                person);
            sql.execute("""
                insert into held_message (topic, kafka_partition, kafka_offset, message_key, payload, reason)
                values ('samskap.notifications.feed', 0, ?, ?, ?, 'unreadable')""",
                (long) Math.abs(person.hashCode()), person, "{\"personId\":\"" + person + "\"}");
            sql.execute("""
                insert into parked_message (topic, kafka_partition, kafka_offset, payload, reason)
                values ('samskap.notifications.feed', 0, 1, ?, 'unreadable')""", "{\"personId\":\"" + person + "\"}");
            return null;
        });
        outboxRow(person, true);
    }

    private UUID outboxRow(String person, boolean sent) {
        var id = UUID.randomUUID();
        transactions.executeWrite(status -> sql.execute("""
            insert into outbox_message (message_id, topic, message_key, message_type, envelope, sent_at)
            values (?, 'samskap.notifications.feed', ?, 'person-notified', ?, case when ? then now() end)""",
            id, person, "{\"payload\":{\"personId\":\"" + person + "\"}}", sent));
        return id;
    }

    private int tracesOf(String person) {
        return count("select count(*) from idempotency_key where person_id = ?", person)
            + count("select count(*) from person_block_copy where person_id = ?", person)
            + count("select count(*) from held_message where message_key = ?", person)
            + count("select count(*) from parked_message where strpos(payload, ?) > 0", person)
            + count("select count(*) from outbox_message where sent_at is not null and message_key = ?", person);
    }

    private int count(String query, Object... bindings) {
        return transactions.executeRead(status -> sql.fetchOne(query, bindings).get(0, Integer.class));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> download(String token) {
        return client.toBlocking().retrieve(HttpRequest.GET("/persons/me/data").bearerAuth(token), Map.class);
    }

    private void erase(String person, UUID messageId) {
        messages.send(PersonsMessages.PERSON_ERASED, messageId, Instant.now(), "1833", person,
            new PersonErased(person, Instant.now()));
    }
}
