package no.samskap.bench;

import no.samskap.gateway.ideas.readmodel.BoardForBenchmarks;
import no.samskap.runtime.PostgresServer;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fresh schema holding the gateway's read model as its own Flyway migrations make it, filled with believable ideas
 * of two municipalities by {@code generate_series}. The migrations' indexes are dropped for the load and built again
 * afterwards from their own definitions, which is quicker than keeping them up to date row by row. The similar-idea
 * window is then filled by the gateway's own {@code SimilarIdeaCandidates}.
 */
final class ReadModel {

    static final String RANA = "1833";
    static final String ULLENSVANG = "4618";
    private static final int CHUNK = 100_000;

    private final PostgresServer server;
    private final String database;
    private final String schema;

    ReadModel(PostgresServer server, String database, String schema) {
        this.server = server;
        this.database = database;
        this.schema = schema;
    }

    String schema() {
        return schema;
    }

    Connection connect() throws SQLException {
        var connection = server.connect(database);
        try (var statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
        }
        return connection;
    }

    /** Drops and recreates the schema, migrates it and fills it; answers what each part took, in seconds. */
    Map<String, Double> build(int ideas) throws SQLException {
        var took = new LinkedHashMap<String, Double>();
        var start = System.nanoTime();
        drop();
        var password = server.password() == null || server.password().isEmpty() ? null : server.password();
        Flyway.configure().dataSource(server.jdbcUrl(database), server.user(), password)
            .schemas(schema).defaultSchema(schema).createSchemas(true)
            .locations("classpath:db/gateway-ideas").load().migrate();
        took.put("migrate", seconds(start));
        try (var connection = connect(); var statement = connection.createStatement()) {
            var indexes = indexDefinitions(connection);
            for (var index : indexes.keySet()) {
                statement.execute("drop index " + index);
            }
            start = System.nanoTime();
            statement.execute("select setseed(0.1833)");
            for (var from = 1; from <= ideas; from += CHUNK) {
                statement.execute(IdeaGenerator.insert(from, Math.min(from + CHUNK - 1, ideas)));
            }
            took.put("insert", seconds(start));
            start = System.nanoTime();
            statement.execute("set maintenance_work_mem = '512MB'");
            for (var definition : indexes.values()) {
                statement.execute(definition);
            }
            took.put("indexes", seconds(start));
            start = System.nanoTime();
            statement.execute("vacuum analyze idea_board");
            BoardForBenchmarks.similarIdeaCandidates(DSL.using(connection, SQLDialect.POSTGRES)).rebuild();
            statement.execute("vacuum analyze idea_hint_candidate");
            took.put("analyze", seconds(start));
            start = System.nanoTime();
            StaffReadModels.fill(connection);
            took.put("staff read models", seconds(start));
        }
        return took;
    }

    long count(String where) throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from idea_board where " + where)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    String tableSize() throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select pg_size_pretty(pg_table_size('idea_board')),"
                 + " pg_size_pretty(pg_indexes_size('idea_board'))")) {
            rows.next();
            return rows.getString(1) + " table, " + rows.getString(2) + " indexes";
        }
    }

    void drop() throws SQLException {
        try (var connection = server.connect(database); var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private Map<String, String> indexDefinitions(Connection connection) throws SQLException {
        var definitions = new LinkedHashMap<String, String>();
        try (var statement = connection.prepareStatement("""
                select indexname, indexdef from pg_indexes
                where schemaname = ? and tablename = 'idea_board' and indexname <> 'idea_board_pkey'
                order by indexname""")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    definitions.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return definitions;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
