package no.samskap.platform.privacy;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A part's export, built from queries: each key holds what its query found; a key that found nothing is left out.
 * Values are plain JSON (texts, numbers, booleans, lists), so the export never depends on how a writer maps dates.
 */
public final class PersonalExport {

    private final DSLContext sql;
    private final Map<String, Object> export = new LinkedHashMap<>();

    private PersonalExport(DSLContext sql) {
        this.sql = sql;
    }

    public static PersonalExport from(DSLContext sql) {
        return new PersonalExport(sql);
    }

    /** Every row the query finds, as a list under {@code key}. */
    public PersonalExport rows(String key, String query, Object... bindings) {
        var rows = sql.fetch(query, bindings).stream().map(PersonalExport::plain).toList();
        if (!rows.isEmpty()) {
            export.put(key, rows);
        }
        return this;
    }

    /** The first row the query finds, under {@code key}, for what a person has at most one of. */
    public PersonalExport row(String key, String query, Object... bindings) {
        sql.fetch(query, bindings).stream().findFirst().ifPresent(row -> export.put(key, plain(row)));
        return this;
    }

    public Map<String, Object> build() {
        return export;
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
