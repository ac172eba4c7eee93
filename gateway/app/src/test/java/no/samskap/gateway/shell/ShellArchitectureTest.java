package no.samskap.gateway.shell;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import no.samskap.testkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ShellArchitectureTest {

    @Test
    void knowsNoModuleNoServiceAndNoTableOfAModule() {
        ArchitectureRules.checkGatewayShell();
    }

    @Test
    void namesNoIdeaAndReadsNoServicesMessages() {
        var shell = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.samskap.gateway.shell");

        noClasses().that().resideInAPackage("no.samskap.gateway.shell..")
            .should().haveSimpleNameContaining("Idea")
            .orShould().dependOnClassesThat().resideInAPackage("no.samskap.contract.proposals..")
            .as("the shell knows no service: a module plugs in through the shell's extension points")
            .check(shell);
    }
}
