package no.samskap.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Where a person can still be found in a schema: every text, JSON and text-array column of every table is searched
 * for each of the person's words (subject id, name, e-mail, phone), case ignored, so a column added later is
 * searched without anyone listing it.
 */
public final class PersonTraces {

    private static final String SEARCHED_COLUMNS = """
        select c.table_name, c.column_name
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = ? and t.table_type = 'BASE TABLE'
          and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
               or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar', '_bpchar')))
        order by c.table_name, c.ordinal_position""";

    /** What was searched, and each place a word was found as {@code table.column: value}. */
    public record Sweep(int tables, int columns, List<String> traces) {
    }

    private PersonTraces() {
    }

    /** Searches the connection's current schema. */
    public static Sweep of(Connection connection, Collection<String> words) throws SQLException {
        var schema = connection.getSchema();
        var columns = new ArrayList<String[]>();
        try (var statement = connection.prepareStatement(SEARCHED_COLUMNS)) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        var patterns = words.stream().map(word -> "%" + word.toLowerCase(Locale.ROOT) + "%").toArray(String[]::new);
        var traces = new ArrayList<String>();
        for (var column : columns) {
            traces.addAll(found(connection, schema, column[0], column[1], patterns));
        }
        return new Sweep((int) columns.stream().map(column -> column[0]).distinct().count(), columns.size(), traces);
    }

    private static List<String> found(Connection connection, String schema, String table, String column,
                                      String[] patterns) throws SQLException {
        var query = "select \"%s\"::text from \"%s\".\"%s\" where lower(\"%s\"::text) like any (?)"
            .formatted(column, schema, table, column);
        var found = new ArrayList<String>();
        try (var statement = connection.prepareStatement(query)) {
            statement.setArray(1, connection.createArrayOf("text", patterns));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(table + "." + column + ": " + rows.getString(1));
                }
            }
        }
        return found;
    }
}
