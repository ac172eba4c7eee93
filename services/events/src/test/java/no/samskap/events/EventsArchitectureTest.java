package no.samskap.events;

import no.samskap.testkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class EventsArchitectureTest {

    @Test
    void usesNoOtherServicesCodeKeepsItsLayersPointingInwardAndHasNoPackageCycles() {
        ArchitectureRules.checkService("events");
    }
}
