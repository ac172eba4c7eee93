package no.samskap.gateway.feedback;

import no.samskap.testkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class FeedbackArchitectureTest {

    @Test
    void usesOnlyTheShellItsOwnPackagesWithoutCyclesAndItsOwnTables() {
        ArchitectureRules.checkGatewayModule("feedback");
    }
}
