package no.samskap.platform;

import io.micronaut.context.ApplicationContext;
import no.samskap.platform.consumption.MessageConsumer;
import no.samskap.platform.fixture.NoteProjection;
import no.samskap.platform.fixture.NoteTopic;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.platform.messaging.MessagingConfiguration;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kafka drops a consumer from its group when a handler keeps it from polling for longer than the poll interval, and
 * then refuses the offsets it commits. The consumer opens again instead of stopping for good.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumerReopeningIT {

    private TestInfrastructure infrastructure;
    private String schema;
    private ApplicationContext application;
    private NoteTopic notes;
    private Admin admin;

    @BeforeAll
    void startApplication(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("reopening");
        try (var connection = infrastructure.connect(schema)) {
            connection.createStatement().execute("create table note_projection (note_id text not null, text text not null)");
        }
        application = PlatformApplication.start(infrastructure, schema, Map.of("platform-check.projection", "on",
            "samskap.messaging.consumer.max-poll-interval", "2s"));
        notes = new NoteTopic(infrastructure);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()));
    }

    @AfterAll
    void stopApplication() {
        NoteProjection.SLOW_GATE.countDown();
        admin.close();
        notes.close();
        application.close();
    }

    @Test
    void aConsumerDroppedFromItsGroupForASlowHandlerOpensAgainAndAppliesNothingTwice() throws Exception {
        var groupId = application.getBean(MessagingConfiguration.class).groupId();
        var slow = UUID.randomUUID().toString();
        notes.send(slow, NoteTopic.written(slow, "slow to apply", 1));
        eventually(() -> assertTrue(theConsumerWaitsAtAGate()));
        eventually(() -> assertTrue(admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId)
            .members().isEmpty(), "Kafka dropped the busy consumer from its group"));

        NoteProjection.SLOW_GATE.countDown();
        var after = UUID.randomUUID().toString();
        notes.send(after, NoteTopic.written(after, "after the slow one", 2));

        eventually(() -> assertEquals(1, count("select count(*) from note_projection where note_id = '" + after + "'")));
        assertEquals(1, count("select count(*) from note_projection where note_id = '" + slow + "'"));
        assertTrue(application.getBean(MessageConsumer.class).isConsuming());
    }

    private static boolean theConsumerWaitsAtAGate() {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(thread ->
            thread.getKey().getName().equals("message-consumer")
                && Arrays.stream(thread.getValue()).anyMatch(frame -> frame.getMethodName().equals("awaitGate")));
    }

    private long count(String query) throws Exception {
        try (var connection = infrastructure.connect(schema); var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
