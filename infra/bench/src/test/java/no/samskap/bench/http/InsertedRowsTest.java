package no.samskap.bench.http;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InsertedRowsTest {

    @Test
    void dividesEachTablesNewRowsByTheIdeasInserted() {
        var before = new InsertedRows(Map.of("idea", 100L, "outbox_message", 1_000L, "notification", 7L));
        var after = new InsertedRows(Map.of("idea", 300L, "outbox_message", 1_800L, "notification", 207L));

        assertEquals(Map.of("idea", 1.0, "outbox_message", 4.0, "notification", 1.0),
            before.perSubmissionUntil(after));
    }

    @Test
    void aTableWithinAFewHundredthsOfTheScriptsRowsIsNoDifference() {
        assertEquals(Map.of(), InsertedRows.differences(Map.of("idea", 1.0, "outbox_message", 3.97),
            Map.of("idea", 1.0, "outbox_message", 4.0)));
        assertEquals(Map.of("outbox_message", "3.50 by the service, 4.00 by the baseline"),
            InsertedRows.differences(Map.of("idea", 1.0, "outbox_message", 3.5),
                Map.of("idea", 1.0, "outbox_message", 4.0)));
    }
}
