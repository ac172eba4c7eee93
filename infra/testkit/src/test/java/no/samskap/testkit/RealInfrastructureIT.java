package no.samskap.testkit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
class RealInfrastructureIT {

    @Test
    void givesEachRequestAFreshSchemaThatExists(TestInfrastructure infrastructure) throws Exception {
        var first = infrastructure.freshSchema("outbox");
        var second = infrastructure.freshSchema("outbox");

        assertNotEquals(first, second);
        try (var connection = infrastructure.connect(first);
             var rows = connection.createStatement().executeQuery("select current_schema()")) {
            rows.next();
            assertEquals(first, rows.getString(1));
        }
    }

    @Test
    void pointsApplicationsAtTheSharedBrokerWithAPrefixOfTheirOwn(TestInfrastructure infrastructure) {
        var properties = infrastructure.applicationProperties(infrastructure.freshSchema("app"));

        assertEquals(infrastructure.kafkaBootstrapServers(), properties.get("samskap.messaging.bootstrap-servers"));
        assertTrue(((String) properties.get("samskap.messaging.topic-prefix")).startsWith("test-"));
        assertTrue(infrastructure.kafkaBroker().isRunning());
    }
}
