package no.samskap.bench.http;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionStatementsTest {

    /** pgbench takes a colon before a letter or digit for a variable, even inside quotes. */
    private static final Pattern VARIABLE = Pattern.compile("(?<!:):([A-Za-z0-9_]+)");

    @Test
    void theSubmissionIsOneTransactionOfSixteenStatementsInTheScratchSchema() {
        var script = SubmissionStatements.submission("bench_http_1");

        assertEquals(16, script.lines().filter(line -> !line.startsWith("\\") && !line.equals("BEGIN;")
            && !line.equals("COMMIT;")).count(), script);
        assertTrue(script.startsWith("\\set author random(1, 5)\n\\set title random(1, 1000000000)\nBEGIN;\n"));
        assertTrue(script.endsWith("COMMIT;\n"));
        assertFalse(script.contains(" S."), script);
    }

    @Test
    void theWholeRequestIsFourTransactionsOfTwentySevenStatements() {
        var script = SubmissionStatements.wholeRequest("bench_http_1");

        assertEquals(4, script.lines().filter(line -> line.equals("COMMIT;")).count());
        assertEquals(27, script.lines().filter(line -> !line.startsWith("\\") && !line.startsWith("BEGIN")
            && !line.equals("COMMIT;")).count(), script);
    }

    @Test
    void theScriptsUseNoVariablesButTheirOwn() {
        var variables = VARIABLE.matcher(SubmissionStatements.wholeRequest("bench_http_1")).results()
            .map(found -> found.group(1)).distinct().sorted().toList();

        assertEquals(java.util.List.of("author", "id", "title"), variables);
    }

    @Test
    void anEnvelopeHasNoColonPgbenchWouldReadAsAVariable() {
        var envelope = SubmissionStatements.Envelope.of("idea-submitted");

        assertFalse(VARIABLE.matcher(envelope).find(), envelope);
        assertTrue(envelope.contains("\"occurredAt\": \"2026-12-07T04\\u003a14\\u003a05.966034Z\""), envelope);
    }
}
