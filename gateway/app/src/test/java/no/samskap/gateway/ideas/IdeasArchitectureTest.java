package no.samskap.gateway.ideas;

import no.samskap.testkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class IdeasArchitectureTest {

    @Test
    void usesOnlyTheShellItsOwnPackagesWithoutCyclesAndItsOwnTables() {
        ArchitectureRules.checkGatewayModule("ideas");
    }
}
