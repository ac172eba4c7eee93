package no.samskap.platform.privacy;

import org.jooq.DSLContext;

import java.util.LinkedHashMap;
import java.util.Map;

/** A part's export, built from queries: each key holds what its query found; a key that found nothing is left out. */
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
        var rows = sql.resultQuery(query, bindings).fetchMaps();
        if (!rows.isEmpty()) {
            export.put(key, rows);
        }
        return this;
    }

    /** The first row the query finds, under {@code key}, for what a person has at most one of. */
    public PersonalExport row(String key, String query, Object... bindings) {
        var rows = sql.resultQuery(query, bindings).fetchMaps();
        if (!rows.isEmpty()) {
            export.put(key, rows.get(0));
        }
        return this;
    }

    public Map<String, Object> build() {
        return export;
    }
}
