package no.samskap.gateway.organisations;

import no.samskap.testkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class OrganisationsArchitectureTest {

    @Test
    void usesOnlyTheShellItsOwnPackagesWithoutCyclesAndItsOwnTables() {
        ArchitectureRules.checkGatewayModule("organisations");
    }
}
