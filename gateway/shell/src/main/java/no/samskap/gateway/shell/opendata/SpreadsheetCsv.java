package no.samskap.gateway.shell.opendata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * RFC 4180 CSV written by Commons CSV, with every field quoted. A field that a spreadsheet would run as a formula
 * gets a leading apostrophe, so a title such as {@code =HYPERLINK(...)} stays text when opened; Commons CSV has no
 * such guard.
 */
final class SpreadsheetCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCsv() {
    }

    static String write(List<String> header, List<List<String>> rows) {
        var format = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).setHeader(header.toArray(String[]::new))
            .get();
        var csv = new StringWriter();
        try (var printer = new CSVPrinter(csv, format)) {
            for (var row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::asText));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return csv.toString();
    }

    private static String asText(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }
}
