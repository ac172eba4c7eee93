package no.samskap.organisations;

import no.samskap.testkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class OrganisationsArchitectureTest {

    @Test
    void usesNoOtherServicesCodeKeepsItsLayersPointingInwardAndHasNoPackageCycles() {
        ArchitectureRules.checkService("organisations");
    }
}
