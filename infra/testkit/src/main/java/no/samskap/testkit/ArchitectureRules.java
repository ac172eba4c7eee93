package no.samskap.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering rules every Samskap deployable obeys. Each service and the gateway checks itself with
 * {@link #check(String)} in a unit test, so a broken rule fails that module's build.
 */
public final class ArchitectureRules {

    private static final List<String> DEPLOYABLES = List.of("proposals", "organisations", "events", "feedback", "gateway");
    private static final String[] FRAMEWORKS = {
        "io.micronaut..", "jakarta..", "javax..", "org.jooq..", "org.apache.kafka..", "com.fasterxml..",
        "io.netty..", "org.flywaydb..", "java.sql..", "org.slf4j.."
    };

    private ArchitectureRules() {
    }

    /** Checks the deployable whose root package is {@code no.samskap.<name>}. */
    public static void check(String name) {
        var classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.samskap." + name);
        if (classes.isEmpty()) {
            throw new AssertionError("No production classes found in no.samskap." + name);
        }
        rulesFor(name).forEach(rule -> rule.check(classes));
    }

    static List<ArchRule> rulesFor(String name) {
        var others = DEPLOYABLES.stream().filter(other -> !other.equals(name))
            .map(other -> "no.samskap." + other + "..").toArray(String[]::new);
        return List.of(
            noClasses().that().resideInAPackage("no.samskap." + name + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as("no.samskap." + name + " uses no other service's code; services talk through messages and HTTP"),
            noClasses().that().resideInAPackage("no.samskap." + name + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(true)
                .as("the domain of no.samskap." + name + " is plain Java"));
    }

    static void check(String name, JavaClasses classes) {
        rulesFor(name).forEach(rule -> rule.check(classes));
    }
}
