package no.samskap.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplyReportTest {

    private static final Machine MACHINE = new Machine(2, "cpu", "8 GB", "PostgreSQL 15", "", "OpenJDK 17", "1 / 1 / 1");

    @Test
    void replacesOnlyWhatStandsBetweenItsMarkers(@TempDir Path directory) throws Exception {
        var document = directory.resolve("performance.md");
        Files.writeString(document, "# Before\n" + ApplyReport.START + "\nold figures\n" + ApplyReport.END + "\n# After\n");

        ApplyReport.writeInto(document, "new figures\n");

        assertEquals("# Before\n" + ApplyReport.START + "\nnew figures\n" + ApplyReport.END + "\n# After\n",
            Files.readString(document));
    }

    @Test
    void saysWhetherTheBatchedRateMeetsTheTargetAndHowMuchFasterItIs() {
        var before = new ApplyBenchmark.Run(false, 4_000, 8.0);
        var after = new ApplyBenchmark.Run(true, 4_000, 1.0);

        var section = ApplyReport.markdown(MACHINE, 1_000, before, after);

        assertTrue(section.contains("| 4,000 | 8.00 | 500 | 125 | 0.25 |"), section);
        assertTrue(section.contains("| 4,000 | 1.00 | 4,000 | 1,000 | 2.00 |"), section);
        assertTrue(section.contains("Speed-up: 8.0×") && section.contains("): met."), section);
    }
}
