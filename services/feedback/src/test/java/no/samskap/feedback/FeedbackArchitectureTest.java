package no.samskap.feedback;

import no.samskap.testkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class FeedbackArchitectureTest {

    @Test
    void usesNoOtherServicesCodeKeepsItsLayersPointingInwardAndHasNoPackageCycles() {
        ArchitectureRules.checkService("feedback");
    }
}
