package no.samskap.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FootprintBenchmarkTest {

    @Test
    void readsEachPartsStartFromTheLaunchersLineAndNothingFromOtherLines() {
        assertEquals(new FootprintBenchmark.PartStart("gateway", 7.5), FootprintBenchmark.partStart(
            "[samskap] gateway ... ready in 7.5 s (http://127.0.0.1:8080, log in .samskap/logs/gateway.log)").orElseThrow());
        assertEquals(new FootprintBenchmark.PartStart("Demo data", 8.9), FootprintBenchmark.partStart(
            "[samskap] Demo data ... ready in 8.9 s (0 ideas loaded, 24 already there)").orElseThrow());
        assertTrue(FootprintBenchmark.partStart("[samskap] Keycloak is unpacked into .samskap/keycloak and built on its"
            + " first start; that takes up to a minute.").isEmpty());
    }

    @Test
    void readsWhenThePlatformWasReadyOnlyFromTheRunningLine() {
        assertEquals(71.0, FootprintBenchmark.readyAfter("[samskap] Samskap is running; it started in 71.0 s.")
            .orElseThrow());
        assertTrue(FootprintBenchmark.readyAfter("[samskap] proposals ... ready in 7.3 s").isEmpty());
    }

    @Test
    void namesAProcessByItsJarOrAsKeycloak() {
        assertEquals("samskap-gateway.jar",
            FootprintBenchmark.ProcessTree.name("/usr/bin/java -Xmx256m -jar /repo/gateway/app/target/samskap-gateway.jar"));
        assertEquals("Keycloak", FootprintBenchmark.ProcessTree.name(
            "/usr/lib/jvm/java-17/bin/java -Dkc.home.dir=/repo/.samskap/keycloak io.quarkus.bootstrap.runner.QuarkusEntryPoint"));
        assertEquals("Keycloak's start script",
            FootprintBenchmark.ProcessTree.name("/bin/bash /repo/.samskap/keycloak/26.5.6/bin/kc.sh start"));
    }

    @Test
    void checksEachServiceAgainstItsLimitAndTheSumAgainstThePlatformsLimit() {
        var memory = List.of(new FootprintBenchmark.ProcessTree.Resident(1, "samskap-gateway.jar", 300 * 1024),
            new FootprintBenchmark.ProcessTree.Resident(2, "samskap-proposals.jar", 400 * 1024),
            new FootprintBenchmark.ProcessTree.Resident(3, "Keycloak", 500 * 1024));
        var warm = new FootprintBenchmark.Start(25.0, List.of(new FootprintBenchmark.PartStart("gateway", 5.0)), memory);

        var report = FootprintReport.markdown(new FootprintBenchmark.Start(90.0, List.of(), memory), warm);

        assertTrue(report.contains("| warm (second) | 25.0 | < 30 s: met |"), report);
        assertTrue(report.contains("| samskap-gateway.jar | 300 | < 350: met |"), report);
        assertTrue(report.contains("| samskap-proposals.jar | 400 | < 350: missed |"), report);
        assertTrue(report.contains("| Keycloak | 500 |  |"), report);
        assertTrue(report.contains("| **all of them** | **1,200** | < 2,560: met |"), report);
    }
}
