package no.samskap.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Looks for a person in every text and JSON column of every table of the schemas it is given: their subject id
 * anywhere, and what they may have written about themselves (name, e-mail address, phone) anywhere but in a row that
 * a former participant now signs, whose content stays public after the erasure. Used after an erasure, where each
 * finding is a trace left behind. A test adds what its services hold about the person with {@link #alsoWrittenAs}.
 */
public final class PersonalDataSweep {

    private static final String ANONYMISED = "former-participant:";
    private static final List<String> TEXT_TYPES = List.of("text", "character varying", "character", "json", "jsonb");

    private final String subjectId;
    private final List<String> writtenAs;

    private PersonalDataSweep(String subjectId, List<String> writtenAs) {
        this.subjectId = subjectId;
        this.writtenAs = List.copyOf(writtenAs);
    }

    public static PersonalDataSweep forPerson(String subjectId) {
        return new PersonalDataSweep(subjectId, List.of());
    }

    /** The person's name, e-mail address or other details that only their anonymised content may still contain. */
    public PersonalDataSweep alsoWrittenAs(String... details) {
        return new PersonalDataSweep(subjectId, Stream.concat(writtenAs.stream(), Stream.of(details)).toList());
    }

    /** Every schema of the connection's database but PostgreSQL's own. */
    public Result overEverySchema(Connection connection) throws SQLException {
        var schemas = new ArrayList<String>();
        try (var rows = connection.createStatement().executeQuery("""
                select nspname from pg_namespace
                where nspname not in ('pg_catalog', 'information_schema') and nspname not like 'pg\\_%'""")) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        return over(connection, schemas);
    }

    public Result over(Connection connection, List<String> schemas) throws SQLException {
        var tables = textColumnsByTable(connection, schemas);
        var traces = new ArrayList<String>();
        for (var table : tables.entrySet()) {
            traces.addAll(tracesIn(connection, table.getKey(), table.getValue()));
        }
        return new Result(tables.size(), traces);
    }

    private Map<String, List<String>> textColumnsByTable(Connection connection, List<String> schemas)
        throws SQLException {
        var byTable = new LinkedHashMap<String, List<String>>();
        try (var statement = connection.prepareStatement("""
                select c.table_schema, c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where t.table_type = 'BASE TABLE' and c.table_schema = any (?) and c.data_type = any (?)
                order by c.table_schema, c.table_name, c.ordinal_position""")) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            statement.setArray(2, connection.createArrayOf("text", TEXT_TYPES.toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    byTable.computeIfAbsent(quoted(rows.getString(1)) + "." + quoted(rows.getString(2)),
                        table -> new ArrayList<>()).add(quoted(rows.getString(3)));
                }
            }
        }
        return byTable;
    }

    private List<String> tracesIn(Connection connection, String table, List<String> columns) throws SQLException {
        var needles = Stream.concat(Stream.of(subjectId), writtenAs.stream())
            .map(needle -> needle.toLowerCase(Locale.ROOT)).toList();
        var anyColumnHolds = columns.stream()
            .flatMap(column -> needles.stream().map(needle -> "strpos(lower(" + column + "::text), ?) > 0"))
            .collect(Collectors.joining(" or "));
        var traces = new ArrayList<String>();
        try (var statement = connection.prepareStatement(
            "select row_to_json(t)::text from " + table + " t where " + anyColumnHolds)) {
            var position = 1;
            for (var ignored : columns) {
                for (var needle : needles) {
                    statement.setString(position++, needle);
                }
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    var row = rows.getString(1);
                    if (isTrace(row)) {
                        traces.add(table + ": " + row);
                    }
                }
            }
        }
        return traces;
    }

    private boolean isTrace(String row) {
        var lower = row.toLowerCase(Locale.ROOT);
        return lower.contains(subjectId.toLowerCase(Locale.ROOT)) || !lower.contains(ANONYMISED);
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** How many tables with text or JSON columns were read, and each row that still names the person. */
    public record Result(int tablesSwept, List<String> traces) {
    }
}
