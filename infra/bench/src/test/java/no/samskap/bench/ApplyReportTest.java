package no.samskap.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void saysWhichWaysMeetTheTargetAndHowMuchFasterEachIsThanTheFirst() {
        var records = new ApplyBenchmark.Run(ApplyBenchmark.Way.RECORDS, 4_000, 8.0);
        var polls = new ApplyBenchmark.Run(ApplyBenchmark.Way.POLLS, 4_000, 2.0);
        var partitions = new ApplyBenchmark.Run(ApplyBenchmark.Way.PARTITIONS, 4_000, 1.0);

        var section = ApplyReport.markdown(MACHINE, 1_000, List.of(records, polls, partitions));

        assertTrue(section.contains("per record (before ADR 0044) | 4,000 | 8.00 | 500 | 125 | 0.25 |"), section);
        assertTrue(section.contains("per poll (ADR 0044) | 4,000 | 2.00 | 2,000 | 500 | 1.00 |"), section);
        assertTrue(section.contains("side by side (ADR 0068, 0072) | 4,000 | 1.00 | 4,000 | 1,000 | 2.00 |"), section);
        assertTrue(section.contains("Speed-up over the first way: 4.0× (polls), 8.0× (partitions)")
            && section.contains("): met by polls, partitions."), section);
    }
}
