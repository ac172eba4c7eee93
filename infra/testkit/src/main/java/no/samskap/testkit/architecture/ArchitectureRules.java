package no.samskap.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture every Samskap deployable obeys, checked on its compiled classes. A new service or gateway module
 * gets all of it from one unit test that calls {@link #checkService}, {@link #checkGatewayModule} or
 * {@link #checkGatewayShell}; a broken rule fails that module's build.
 */
public final class ArchitectureRules {

    static final List<String> SERVICES = List.of("proposals", "organisations", "events", "feedback");
    static final String GATEWAY = "no.samskap.gateway";
    static final String SHELL = GATEWAY + ".shell";
    private static final String[] FRAMEWORKS = {
        "io.micronaut..", "jakarta..", "javax..", "org.jooq..", "org.apache.kafka..", "com.fasterxml..",
        "io.netty..", "org.flywaydb..", "java.sql..", "org.slf4j.."
    };

    private ArchitectureRules() {
    }

    /** Checks the service whose root package is {@code no.samskap.<service>}. */
    public static void checkService(String service) {
        var root = "no.samskap." + service;
        var otherDeployables = Stream.concat(SERVICES.stream().filter(other -> !other.equals(service))
            .map(other -> "no.samskap." + other), Stream.of(GATEWAY)).toArray(String[]::new);
        check(root, List.of(
            usesNoCodeOf(root, otherDeployables),
            domainIsPlainJava(root),
            layersPointInward(root),
            freeOfCycles(root)));
    }

    /** Checks the gateway module whose root package is {@code no.samskap.gateway.<module>}. */
    public static void checkGatewayModule(String module) {
        var root = GATEWAY + "." + module;
        check(root, List.of(
            usesNoCodeOf(root, servicePackages()),
            usesNoOtherGatewayModule(root),
            freeOfCycles(root),
            sqlOnlyOnOwnTables(root, module, ModuleTables.onClassPath())));
    }

    /** Checks the gateway's shell, which every module builds on and which knows none of them. */
    public static void checkGatewayShell() {
        check(SHELL, List.of(
            usesNoCodeOf(SHELL, servicePackages()),
            usesNoGatewayModule(),
            freeOfCycles(SHELL),
            sqlOnlyOnOwnTables(SHELL, "shell", ModuleTables.onClassPath())));
    }

    static ArchRule usesNoCodeOf(String root, String... others) {
        return noClasses().that().resideInAPackage(root + "..")
            .should().dependOnClassesThat().resideInAnyPackage(Stream.of(others).map(other -> other + "..")
                .toArray(String[]::new))
            .as(root + " uses no other deployable's code; deployables talk through messages and HTTP");
    }

    static ArchRule domainIsPlainJava(String root) {
        return noClasses().that().resideInAPackage(root + "..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .allowEmptyShould(true)
            .as("the domain of " + root + " is plain Java");
    }

    static ArchRule layersPointInward(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("domain").definedBy(root + "..domain..")
            .layer("application").definedBy(root + "..application..")
            .layer("api").definedBy(root + "..api..")
            .layer("persistence").definedBy(root + "..persistence..")
            .layer("messaging").definedBy(root + "..messaging..")
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("persistence").mayNotBeAccessedByAnyLayer()
            .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
            .whereLayer("application").mayOnlyBeAccessedByLayers("api", "persistence", "messaging")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "api", "persistence", "messaging")
            .as("in " + root + " the adapters (api, persistence, messaging) depend on the application, the application"
                + " on the domain, and never the other way");
    }

    static ArchRule freeOfCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
            .allowEmptyShould(true)
            .as("no two packages of " + root + " depend on each other");
    }

    static ArchRule usesNoOtherGatewayModule(String root) {
        return noClasses().that().resideInAPackage(root + "..")
            .should().dependOnClassesThat(resideInAPackage(GATEWAY + "..")
                .and(not(resideInAnyPackage(root + "..", SHELL + ".."))))
            .as(root + " uses the shell's code and no other gateway module's");
    }

    static ArchRule usesNoGatewayModule() {
        return noClasses().that().resideInAPackage(SHELL + "..")
            .should().dependOnClassesThat(resideInAPackage(GATEWAY + "..").and(not(resideInAPackage(SHELL + ".."))))
            .as("the gateway's shell uses no gateway module's code");
    }

    static ArchRule sqlOnlyOnOwnTables(String root, String module, ModuleTables tables) {
        return classes().that().resideInAPackage(root + "..").should(new SqlOnOwnTables(module, tables))
            .as("the SQL of " + root + " names only tables of module " + module);
    }

    private static String[] servicePackages() {
        return SERVICES.stream().map(service -> "no.samskap." + service).toArray(String[]::new);
    }

    private static void check(String root, List<ArchRule> rules) {
        JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(root);
        if (classes.isEmpty()) {
            throw new AssertionError("No production classes found in " + root);
        }
        CompositeArchRule.of(rules).check(classes);
    }
}
