package no.samskap.bench.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The write path's baseline: pgbench running the submission's statements ({@link SubmissionStatements}) at the same
 * concurrency as the HTTP run, on the same PostgreSQL, against copies of the proposals service's tables (with their
 * indexes, defaults and foreign keys among them) in a scratch schema that is dropped afterwards.
 */
final class PgBench implements AutoCloseable {

    static final String SOURCE_SCHEMA = "proposals";
    private static final Path BINARY = Path.of("/usr/bin/pgbench");
    private static final String TOO_MANY_CONNECTIONS = "53300";

    private final Target target;
    private final int clients;
    private final Duration warmUp;
    private final Duration measured;
    private final String schema;
    private final Path directory;

    private PgBench(Target target, int clients, Duration warmUp, Duration measured, String schema, Path directory) {
        this.target = target;
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
        this.schema = schema;
        this.directory = directory;
    }

    static PgBench onACopyOfTheTables(Target target, int clients, Duration warmUp, Duration measured, Path directory,
                                      String runId) throws SQLException, IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("pgbench is missing; it ships with the PostgreSQL server package"
                + " (apt-get install -y postgresql-15)");
        }
        Files.createDirectories(directory);
        var pgbench = new PgBench(target, clients, warmUp, measured, "bench_http_" + runId, directory);
        pgbench.copyTables();
        return pgbench;
    }

    String schema() {
        return schema;
    }

    /** The municipalities whose ideas are published as they are submitted, to be moderated afterwards. */
    Set<String> postModerated() throws SQLException {
        var municipalities = new TreeSet<String>();
        try (var connection = connect(); var rows = connection.createStatement().executeQuery("select municipality"
            + " from " + SOURCE_SCHEMA + ".municipality_settings where moderation = 'POST'")) {
            while (rows.next()) {
                municipalities.add(rows.getString(1));
            }
        }
        return municipalities;
    }

    PgBenchRun run(String name, String script) throws IOException, InterruptedException {
        var file = directory.resolve(name + ".sql");
        Files.writeString(file, script);
        pgbench(file, warmUp);
        return PgBenchRun.parse(pgbench(file, measured));
    }

    private void copyTables() throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            for (var table : SubmissionStatements.TABLES) {
                statement.execute("create " + (unlogged(connection, table) ? "unlogged " : "") + "table " + schema
                    + "." + table + " (like " + SOURCE_SCHEMA + "." + table + " including all)");
            }
            for (var table : SubmissionStatements.WITH_ROWS) {
                statement.execute("insert into " + schema + "." + table + " select * from " + SOURCE_SCHEMA + "."
                    + table);
            }
            // LIKE copies no foreign keys; the service pays for checking them, so the copy does too.
            for (var foreignKey : foreignKeys(connection)) {
                statement.execute("alter table " + schema + "." + foreignKey);
            }
            for (var table : SubmissionStatements.TABLES) {
                statement.execute("analyze " + schema + "." + table);
            }
        }
    }

    /** "table add foreign key (…) references other(…)" for each key between the copied tables. */
    private List<String> foreignKeys(Connection connection) throws SQLException {
        var keys = new ArrayList<String>();
        try (var statement = connection.prepareStatement("select c.conrelid::regclass::text, pg_get_constraintdef(c.oid)"
            + " from pg_constraint c join pg_namespace n on n.oid = c.connamespace where c.contype = 'f'"
            + " and n.nspname = ? and c.conrelid::regclass::text = any(?) and c.confrelid::regclass::text = any(?)")) {
            connection.createStatement().execute("set search_path = " + SOURCE_SCHEMA);
            var tables = connection.createArrayOf("text", SubmissionStatements.TABLES.toArray());
            statement.setString(1, SOURCE_SCHEMA);
            statement.setArray(2, tables);
            statement.setArray(3, tables);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1) + " add " + rows.getString(2).replace(" REFERENCES ",
                        " REFERENCES " + schema + "."));
                }
            }
        }
        return keys;
    }

    private static boolean unlogged(Connection connection, String table) throws SQLException {
        try (var statement = connection.prepareStatement("select relpersistence = 'u' from pg_class c join"
            + " pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relname = ?")) {
            statement.setString(1, SOURCE_SCHEMA);
            statement.setString(2, table);
            try (var rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(target.jdbcUrl(), HttpBenchmark.user(), HttpBenchmark.password());
        } catch (SQLException refused) {
            if (TOO_MANY_CONNECTIONS.equals(refused.getSQLState())) {
                throw new IllegalStateException("PostgreSQL at " + target.databaseHost() + ":" + target.databasePort()
                    + " has no connection left for pgbench (it needs " + (clients + 1) + "): another platform on it"
                    + " holds them (each takes about 50). Stop it, or raise max_connections, and run again.", refused);
            }
            throw refused;
        }
    }

    /** Prepared statements, as the services' JDBC driver makes of the statements it runs again and again. */
    private String pgbench(Path script, Duration duration) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(BINARY.toString(), "--no-vacuum", "--protocol=prepared",
            "--client=" + clients, "--jobs=" + Math.min(clients, Runtime.getRuntime().availableProcessors()),
            "--time=" + duration.toSeconds(), "--file=" + script, "--host=" + target.databaseHost(),
            "--port=" + target.databasePort(), "--username=" + HttpBenchmark.user(), target.database()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", HttpBenchmark.password());
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        System.out.println(output);
        return output;
    }
}
