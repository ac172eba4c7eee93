package no.samskap.testkit;

import java.util.Map;

/**
 * The properties that give one municipality a small per-person write limit over a day-long window, in place of the
 * test kit's generous default. A day, so that no test run crosses into the next window between its writes.
 */
public final class DailyWriteLimit {

    private DailyWriteLimit() {
    }

    public static Map<String, Object> of(String municipality, int personWrites) {
        var prefix = "samskap.rate-limits.municipalities." + municipality;
        return Map.of(prefix + ".person-writes", personWrites, prefix + ".window", "86400s");
    }
}
