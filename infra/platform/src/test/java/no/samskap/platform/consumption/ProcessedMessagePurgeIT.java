package no.samskap.platform.consumption;

import io.micronaut.context.ApplicationContext;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessedMessagePurgeIT {

    private TestInfrastructure infrastructure;
    private String schema;
    private ApplicationContext application;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("purge");
        // No consumer, whose own purges would race the ones these tests count.
        application = PlatformApplication.start(infrastructure, schema, Map.of("samskap.messaging.processed.keep", "3d",
            "samskap.messaging.processed.purge-batch", "2", "samskap.municipalities.copy.enabled", "false",
            "samskap.person-blocks.enabled", "false"));
    }

    @AfterAll
    void stop() {
        application.close();
    }

    @Test
    void forgetsOnlyTheIdsOfMessagesAppliedLongerAgoThanTheRetention() throws SQLException {
        var old = UUID.randomUUID();
        var recent = UUID.randomUUID();
        try (var connection = infrastructure.connect(schema); var statement = connection.createStatement()) {
            statement.execute("insert into processed_message (message_id, message_type, processed_at) values ('" + old
                + "', 'note-written', now() - interval '4 days'), ('" + recent + "', 'note-written', now() - interval '2 days')");
        }

        assertEquals(1, application.getBean(ProcessedMessagePurge.class).purgeNow());

        assertEquals(Set.of(recent), remembered());
    }

    @Test
    void forgetsABacklogLargerThanOneBatchInSeveralBatches() throws SQLException {
        try (var connection = infrastructure.connect(schema); var statement = connection.createStatement()) {
            statement.execute("delete from processed_message");
            statement.execute("insert into processed_message (message_id, message_type, processed_at)"
                + " select gen_random_uuid(), 'note-written', now() - interval '5 days' - n * interval '1 minute'"
                + " from generate_series(1, 5) n");
        }

        assertEquals(5, application.getBean(ProcessedMessagePurge.class).purgeNow());

        assertEquals(Set.of(), remembered());
    }

    @Test
    void findsTheIdsToForgetThroughAnIndexOnWhenTheyWereProcessed() throws SQLException {
        try (var connection = infrastructure.connect(schema); var statement = connection.createStatement();
             var rows = statement.executeQuery("select indexdef from pg_indexes where schemaname = '" + schema
                 + "' and tablename = 'processed_message'")) {
            var definitions = new java.util.ArrayList<String>();
            while (rows.next()) {
                definitions.add(rows.getString(1));
            }
            assertTrue(definitions.stream().anyMatch(definition -> definition.endsWith("(processed_at)")),
                definitions.toString());
        }
    }

    private Set<UUID> remembered() throws SQLException {
        try (var connection = infrastructure.connect(schema); var statement = connection.createStatement();
             var rows = statement.executeQuery("select message_id from processed_message")) {
            var ids = new java.util.HashSet<UUID>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }
    }
}
