package no.samskap.testkit;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArchitectureRulesTest {

    @Test
    void acceptsADomainOfPlainRecords() {
        var classes = new ClassFileImporter().importClasses(
            no.samskap.testkit.fixture.domain.Clean.class);
        assertDoesNotThrow(() -> ArchitectureRules.rulesFor("testkit").forEach(rule -> rule.check(classes)));
    }

    @Test
    void refusesADomainClassThatImportsAFramework() {
        var classes = new ClassFileImporter().importClasses(no.samskap.testkit.fixture.domain.FrameworkInDomain.class);
        assertThrows(AssertionError.class,
            () -> ArchitectureRules.rulesFor("testkit").get(1).check(classes));
    }

    @Test
    void refusesCodeThatReachesIntoAnotherService() {
        var classes = new ClassFileImporter().importClasses(no.samskap.testkit.fixture.ReachesIntoGateway.class);
        assertThrows(AssertionError.class,
            () -> ArchitectureRules.rulesFor("testkit").get(0).check(classes));
    }
}
