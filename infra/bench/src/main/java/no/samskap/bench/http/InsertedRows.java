package no.samskap.bench.http;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rows PostgreSQL counted as inserted into the proposals service's tables ({@code pg_stat_user_tables}), taken
 * before and after the submissions over HTTP: divided by the ideas inserted, they say what one submission wrote, to be
 * held against what the baseline's script inserts. A backend reports its counts within about ten seconds of going
 * idle, and pgbench runs longer than that between the two readings.
 */
record InsertedRows(Map<String, Long> byTable) {

    /** How far a table's rows per submission may stray from the script's before the baseline counts as drifted. */
    private static final double TOLERANCE = 0.05;

    static InsertedRows read(Target target, Iterable<String> tables) throws SQLException {
        try (var connection = DriverManager.getConnection(target.jdbcUrl(), HttpBenchmark.user(),
            HttpBenchmark.password())) {
            return read(connection, tables);
        }
    }

    private static InsertedRows read(Connection connection, Iterable<String> tables) throws SQLException {
        var counts = new TreeMap<String, Long>();
        try (var statement = connection.prepareStatement("select relname, n_tup_ins from pg_stat_user_tables"
            + " where schemaname = ? and relname = any(?)")) {
            var names = new ArrayList<String>();
            tables.forEach(names::add);
            statement.setString(1, PgBench.SOURCE_SCHEMA);
            statement.setArray(2, connection.createArrayOf("text", names.toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return new InsertedRows(counts);
    }

    /** What {@code after} holds beyond this reading, per idea inserted meanwhile. */
    Map<String, Double> perSubmissionUntil(InsertedRows after) {
        var ideas = after.count("idea") - count("idea");
        var perSubmission = new TreeMap<String, Double>();
        for (var table : after.byTable.keySet()) {
            perSubmission.put(table, ideas == 0 ? 0 : (double) (after.count(table) - count(table)) / ideas);
        }
        return perSubmission;
    }

    private long count(String table) {
        return byTable.getOrDefault(table, 0L);
    }

    /** The tables where the service inserted other numbers of rows per submission than the script does. */
    static Map<String, String> differences(Map<String, Double> service, Map<String, Double> script) {
        var differences = new TreeMap<String, String>();
        var tables = new TreeSet<>(script.keySet());
        service.forEach((table, rows) -> {
            if (rows > TOLERANCE) {
                tables.add(table);
            }
        });
        for (var table : tables) {
            var expected = script.getOrDefault(table, 0.0);
            var measured = service.getOrDefault(table, 0.0);
            if (Math.abs(measured - expected) > TOLERANCE) {
                differences.put(table, String.format(Locale.ROOT, "%.2f by the service, %.2f by the baseline",
                    measured, expected));
            }
        }
        return differences;
    }

    /** The tables with rows, and how many per submission. */
    static String described(Map<String, Double> perSubmission) {
        return perSubmission.entrySet().stream().filter(entry -> entry.getValue() > TOLERANCE)
            .map(entry -> String.format(Locale.ROOT, "%s %.2f", entry.getKey(), entry.getValue()))
            .collect(Collectors.joining(", "));
    }
}
