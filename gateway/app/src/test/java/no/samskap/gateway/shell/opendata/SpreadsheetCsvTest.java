package no.samskap.gateway.shell.opendata;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetCsvTest {

    @Test
    void quotesEveryFieldDoublesQuotesAndKeepsLineBreaksInsideAField() {
        var csv = SpreadsheetCsv.write(List.of("title", "body"),
            List.of(List.of("Kino \"for alle\"", "Linje én\nLinje to")));

        assertEquals("\"title\",\"body\"\r\n\"Kino \"\"for alle\"\"\",\"Linje én\nLinje to\"\r\n", csv);
    }

    @Test
    void keepsAFieldThatLooksLikeASpreadsheetFormulaAsText() {
        var csv = SpreadsheetCsv.write(List.of("title"),
            List.of(List.of("=HYPERLINK(\"http://x\")"), List.of("-2+3"), List.of("@SUM(A1)")));

        assertEquals("\"title\"\r\n\"'=HYPERLINK(\"\"http://x\"\")\"\r\n\"'-2+3\"\r\n\"'@SUM(A1)\"\r\n", csv);
    }

    @Test
    void writesAnEmptyOrMissingFieldAsAnEmptyQuotedField() {
        var csv = SpreadsheetCsv.write(List.of("answer", "respondBy"), List.of(Arrays.asList("", null)));

        assertEquals("\"answer\",\"respondBy\"\r\n\"\",\"\"\r\n", csv);
    }
}
