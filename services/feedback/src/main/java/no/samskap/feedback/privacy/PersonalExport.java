package no.samskap.feedback.privacy;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part's export, gathered kind by kind. Values are plain JSON (texts, numbers, booleans, lists), so the export
 * never depends on how a writer maps dates; kinds without rows are left out, so a part that holds nothing is empty.
 */
final class PersonalExport {

    private final DSLContext sql;
    private final Map<String, Object> found = new LinkedHashMap<>();

    PersonalExport(DSLContext sql) {
        this.sql = sql;
    }

    PersonalExport rows(String kind, String query, Object... bindings) {
        var rows = sql.fetch(query, bindings).stream().map(PersonalExport::plain).toList();
        if (!rows.isEmpty()) {
            found.put(kind, rows);
        }
        return this;
    }

    PersonalExport row(String kind, String query, Object... bindings) {
        sql.fetchOptional(query, bindings).ifPresent(row -> found.put(kind, plain(row)));
        return this;
    }

    Map<String, Object> found() {
        return found;
    }

    private static Map<String, Object> plain(Record record) {
        var row = new LinkedHashMap<String, Object>();
        for (var field : record.fields()) {
            row.put(field.getName(), plain(record.get(field)));
        }
        return row;
    }

    private static Object plain(Object value) {
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(PersonalExport::plain).toList();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
