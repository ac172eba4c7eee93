package no.samskap.bench.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionStatementsTest {

    /** pgbench takes a colon before a letter or digit for a variable, even inside quotes. */
    private static final Pattern VARIABLE = Pattern.compile("(?<!:):([A-Za-z0-9_]+)");

    @Test
    void theBaselineMakesTheStatementsOfTheLoggedSubmissionInItsOrder() {
        var statements = SubmissionStatements.statements().stream()
            .map(statement -> statement.kind() + " " + statement.table()).toList();

        assertEquals(List.of("select ", "select person_block", "select municipality_settings",
            "select municipality_strategic_value", "select idea", "insert idea", "insert idea_timeline",
            "insert outbox_message", "insert idea_follow", "insert outbox_message", "update idea",
            "insert idea_timeline", "insert outbox_message", "select idea_follow", "insert notification",
            "insert outbox_message", "insert rate_limit_window"), statements);
    }

    @Test
    void thePublicationsStatementsAreMadeOnlyForAuthorsOfAMunicipalityThatModeratesAfterPublishing() {
        var script = SubmissionStatements.submission("bench_http_1", Set.of("1833"));

        var publication = script.substring(script.indexOf("\\if :municipality = 1833\n"), script.indexOf("\\endif\n"));
        assertTrue(publication.contains("\nupdate bench_http_1.idea set"), publication);
        assertEquals(6, publication.lines().count() - 1, publication);
        assertTrue(SubmissionStatements.submission("s", Set.of()).contains("\\if false\n"));
    }

    @Test
    void theSubmissionIsOneTransactionOfItsStatementsInTheScratchSchema() {
        var script = SubmissionStatements.submission("bench_http_1", Set.of("1833"));

        assertEquals(SubmissionStatements.statements().size(), script.lines().filter(line -> !line.startsWith("\\")
            && !line.equals("BEGIN;") && !line.equals("COMMIT;")).count(), script);
        assertEquals(1, script.lines().filter(line -> line.equals("BEGIN;")).count(), script);
        assertTrue(script.endsWith("COMMIT;\n"), script);
        assertTrue(script.contains(" returning id \\gset\n"), script);
        assertFalse(script.contains(" S."), script);
    }

    @Test
    void countsTheRowsASubmissionInsertsButNotTheRateLimitUpsert() {
        assertEquals(Map.of("idea", 1.0, "idea_follow", 1.0, "idea_timeline", 2.0, "notification", 1.0,
            "outbox_message", 4.0), SubmissionStatements.insertedRows(Set.of("1833", "4618")));
    }

    @Test
    void threeOfTheFiveAuthorsIdeasArePublishedWhenOnlyRanaPublishesFirst() {
        var rows = SubmissionStatements.insertedRows(Set.of("1833"));

        assertEquals(1.6, rows.get("idea_timeline"), 1e-9);
        assertEquals(0.6, rows.get("notification"), 1e-9);
        assertEquals(3.2, rows.get("outbox_message"), 1e-9);
    }

    @Test
    void everyTableTheStatementsTouchIsCopied() {
        SubmissionStatements.statements().stream().map(SubmissionStatements.Statement::table)
            .filter(table -> !table.isEmpty())
            .forEach(table -> assertTrue(SubmissionStatements.TABLES.contains(table), table));
    }

    @Test
    void theScriptUsesNoVariablesButItsOwn() {
        var variables = VARIABLE.matcher(SubmissionStatements.submission("bench_http_1", Set.of("1833")))
            .results()
            .map(found -> found.group(1)).distinct().sorted().toList();

        assertEquals(List.of("author", "id", "municipality", "title"), variables);
    }

    @Test
    void anEnvelopeHasNoColonPgbenchWouldReadAsAVariable() {
        var envelope = SubmissionStatements.Envelope.escaped(SubmissionStatements.Envelope.SUBMITTED);

        assertFalse(VARIABLE.matcher(envelope).find(), envelope);
        assertTrue(envelope.contains("\"occurredAt\": \"2026-12-07T17\\u003a47\\u003a19.983288Z\""), envelope);
        assertEquals("person-notified", SubmissionStatements.Envelope.type(SubmissionStatements.Envelope.NOTIFIED));
    }
}
