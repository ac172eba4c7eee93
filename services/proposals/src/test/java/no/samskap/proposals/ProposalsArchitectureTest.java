package no.samskap.proposals;

import no.samskap.testkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ProposalsArchitectureTest {

    @Test
    void usesNoOtherServicesCodeKeepsItsLayersPointingInwardAndHasNoPackageCycles() {
        ArchitectureRules.checkService("proposals");
    }
}
