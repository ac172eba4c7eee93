package no.samskap.bench.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpBenchmarkTest {

    @Test
    void runsEveryScenarioUnlessToldToRunOnlyTheWrite() {
        assertFalse(HttpBenchmark.onlyWrite(new Arguments(new String[] {"--connections=8"})));
        assertFalse(HttpBenchmark.onlyWrite(new Arguments(new String[] {"--only="})));
        assertTrue(HttpBenchmark.onlyWrite(new Arguments(new String[] {"--only=write"})));
    }

    @Test
    void refusesToRunOnlyAScenarioItCannotRunAlone() {
        var refusal = assertThrows(IllegalArgumentException.class,
            () -> HttpBenchmark.onlyWrite(new Arguments(new String[] {"--only=read"})));
        assertTrue(refusal.getMessage().contains("read"), refusal.getMessage());
    }
}
