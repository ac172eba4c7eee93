package no.samskap.gateway.events;

import no.samskap.testkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class EventsArchitectureTest {

    @Test
    void usesOnlyTheShellItsOwnPackagesWithoutCyclesAndItsOwnTables() {
        ArchitectureRules.checkGatewayModule("events");
    }
}
