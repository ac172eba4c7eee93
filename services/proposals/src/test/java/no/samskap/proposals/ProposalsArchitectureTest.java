package no.samskap.proposals;

import no.samskap.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ProposalsArchitectureTest {

    @Test
    void usesNoOtherServicesCodeAndKeepsItsDomainFreeOfFrameworks() {
        ArchitectureRules.check("proposals");
    }
}
