package no.samskap.runtime;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PostgresLocatorIT {

    @Test
    void startsAnEmbeddedServerWhenNothingIsConfiguredOrListening() throws Exception {
        var locator = new PostgresLocator(Map.of("SAMSKAP_DB", "embedded"));
        try (var located = locator.locate(Optional.empty())) {
            var server = located.server();
            assertEquals(PostgresServer.Kind.EMBEDDED, server.kind());
            server.ensureDatabase("samskap_locator_check");
            server.ensureSchema("samskap_locator_check", "probe");
            try (var connection = server.connect("samskap_locator_check");
                 var rows = connection.createStatement().executeQuery("select 40 + 2")) {
                rows.next();
                assertEquals(42, rows.getInt(1));
            }
        }
    }

    @Test
    void refusesAConfiguredServerThatDoesNotAnswer() {
        var locator = new PostgresLocator(Map.of("SAMSKAP_DB_HOST", "127.0.0.1", "SAMSKAP_DB_PORT",
            String.valueOf(FreePorts.next())));
        var failure = assertThrows(LocalRuntimeException.class, () -> locator.locate(Optional.empty()));
        assertEquals("PostgreSQL", failure.part());
    }
}
