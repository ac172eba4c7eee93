package no.samskap.gateway.shell.opendata;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. A field that a spreadsheet would run as a
 * formula gets a leading apostrophe, so a title such as {@code =HYPERLINK(...)} stays text when opened.
 */
final class CsvWriter {

    private CsvWriter() {
    }

    static String write(List<String> header, List<List<String>> rows) {
        var lines = new StringBuilder(line(header));
        rows.forEach(row -> lines.append(line(row)));
        return lines.toString();
    }

    private static String line(List<String> fields) {
        return fields.stream().map(CsvWriter::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String field) {
        var text = field == null ? "" : field;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
