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
        application = PlatformApplication.start(infrastructure, schema, Map.of("samskap.messaging.processed.keep", "3d"));
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
