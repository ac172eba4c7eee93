package no.samskap.gateway;

import no.samskap.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class GatewayArchitectureTest {

    @Test
    void usesNoServicesCodeOnlyTheirMessages() {
        ArchitectureRules.check("gateway");
    }
}
