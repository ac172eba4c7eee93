package no.samskap.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import no.samskap.gateway.lending.Loans;
import no.samskap.gateway.lending.LoansOfABorrower;
import no.samskap.gateway.lending.ReachesIntoProposals;
import no.samskap.gateway.shell.Frame;
import no.samskap.gateway.shell.FrameThatKnowsLoans;
import no.samskap.testkit.architecture.backwards.domain.LoanThatKnowsItsEndpoint;
import no.samskap.testkit.architecture.backwards.domain.LoanWithAConnection;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchitectureRulesTest {

    private static final String FIXTURES = "no.samskap.testkit.architecture";
    private static final String LENDING = "no.samskap.gateway.lending";
    private static final ModuleTables TABLES = new ModuleTables(Map.of("loan", "lending", "borrower", "borrowing"));

    @Test
    void acceptsAServiceWhoseAdaptersUseTheApplicationAndTheApplicationTheDomain() {
        var layered = FIXTURES + ".layered";
        var classes = new ClassFileImporter().importPackages(layered);

        assertDoesNotThrow(() -> {
            ArchitectureRules.domainIsPlainJava(layered).check(classes);
            ArchitectureRules.layersPointInward(layered).check(classes);
            ArchitectureRules.freeOfCycles(layered).check(classes);
            ArchitectureRules.usesNoCodeOf(layered, "no.samskap.gateway").check(classes);
        });
    }

    @Test
    void refusesADomainClassThatImportsAFramework() {
        assertBroken(ArchitectureRules.domainIsPlainJava(FIXTURES + ".backwards"), classes(LoanWithAConnection.class),
            "java.sql.Connection");
    }

    @Test
    void refusesADomainClassThatUsesAnAdapter() {
        assertBroken(ArchitectureRules.layersPointInward(FIXTURES + ".backwards"),
            new ClassFileImporter().importPackages(FIXTURES + ".backwards"), "LoanEndpoint");
    }

    @Test
    void refusesTwoPackagesThatUseEachOther() {
        assertBroken(ArchitectureRules.freeOfCycles(FIXTURES + ".cyclic"),
            new ClassFileImporter().importPackages(FIXTURES + ".cyclic"), "Cycle");
    }

    @Test
    void refusesCodeThatReachesIntoAService() {
        assertBroken(ArchitectureRules.usesNoCodeOf(LENDING, "no.samskap.proposals"),
            classes(ReachesIntoProposals.class), "SomethingOfTheProposals");
    }

    @Test
    void acceptsAGatewayModuleThatUsesTheShell() {
        assertDoesNotThrow(() -> ArchitectureRules.usesNoOtherGatewayModule(LENDING).check(classes(Loans.class)));
    }

    @Test
    void refusesAGatewayModuleThatUsesAnotherModulesCode() {
        assertBroken(ArchitectureRules.usesNoOtherGatewayModule(LENDING), classes(LoansOfABorrower.class),
            "no.samskap.gateway.borrowing.Borrowers");
    }

    @Test
    void refusesAShellThatUsesAModule() {
        assertBroken(ArchitectureRules.usesNoGatewayModule(), classes(Frame.class, FrameThatKnowsLoans.class),
            "no.samskap.gateway.lending.Loans");
    }

    @Test
    void acceptsSqlOnTheModulesOwnTables() {
        assertDoesNotThrow(() -> ArchitectureRules.sqlOnlyOnOwnTables(LENDING, "lending", TABLES)
            .check(classes(Loans.class)));
    }

    @Test
    void refusesSqlThatJoinsATableAnotherModuleCreated() {
        assertBroken(ArchitectureRules.sqlOnlyOnOwnTables(LENDING, "lending", TABLES),
            new ClassFileImporter().importPackages(LENDING), "names table borrower of gateway module borrowing");
    }

    @Test
    void refusesAShellThatNamesAModulesTable() {
        var classes = new ClassFileImporter().importPackages(LENDING);
        assertBroken(ArchitectureRules.sqlOnlyOnOwnTables(LENDING, "shell", TABLES), classes,
            "names table loan of gateway module lending");
    }

    @Test
    void findsWhichModuleCreatedATableInTheMigrationsOnTheClassPath() {
        var tables = ModuleTables.onClassPath();

        assertEquals(Optional.of("lending"), tables.ownerOf("loan"));
        assertEquals(Optional.of("borrowing"), tables.ownerOf("BORROWER"));
        assertEquals(Optional.empty(), tables.ownerOf("returned"));
    }

    private static JavaClasses classes(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void assertBroken(ArchRule rule, JavaClasses classes, String named) {
        var failure = assertThrows(AssertionError.class, () -> rule.check(classes));
        assertTrue(failure.getMessage().contains(named), failure.getMessage());
    }
}
