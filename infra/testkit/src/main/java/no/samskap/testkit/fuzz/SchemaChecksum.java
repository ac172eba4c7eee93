package no.samskap.testkit.fuzz;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A checksum of every row of every table in one schema, per table, read in one statement, so a test can say which
 * tables a request changed. Tables the platform changes on its own (the outbox relay marking messages sent) are left
 * out by name, as are Flyway's histories.
 */
public final class SchemaChecksum implements AutoCloseable {

    private final Connection connection;
    private final String query;

    private SchemaChecksum(Connection connection, String query) {
        this.connection = connection;
        this.query = query;
    }

    /** Watches the tables of the connection's current schema but those named in {@code leftOut}. */
    public static SchemaChecksum of(Connection connection, Set<String> leftOut) throws SQLException {
        var tables = new ArrayList<String>();
        try (var statement = connection.prepareStatement(
            "select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_type = 'BASE TABLE' order by table_name");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                if (!leftOut.contains(rows.getString(1)) && !rows.getString(1).startsWith("flyway_")) {
                    tables.add(rows.getString(1));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No tables to watch in schema " + connection.getSchema());
        }
        var query = tables.stream()
            .map(table -> "select '" + table + "', md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \""
                + table + "\" t")
            .collect(Collectors.joining(" union all "));
        return new SchemaChecksum(connection, query);
    }

    public Map<String, String> byTable() {
        var checksums = new TreeMap<String, String>();
        try (var statement = connection.prepareStatement(query); var rows = statement.executeQuery()) {
            while (rows.next()) {
                checksums.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the checksum of the schema's tables", e);
        }
        return checksums;
    }

    public List<String> tables() {
        return List.copyOf(byTable().keySet());
    }

    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
