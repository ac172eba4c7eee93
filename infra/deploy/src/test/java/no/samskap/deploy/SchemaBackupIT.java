package no.samskap.deploy;

import no.samskap.runtime.PostgresServer;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rehearses the backup and restore of one service's schema the way an operator does it by hand: pg_dump of the
 * proposals schema, migrated by its own Flyway scripts and holding ideas, then pg_restore into an empty database,
 * and every table's rows compared.
 */
@RealInfrastructure
class SchemaBackupIT {

    private static final Path MIGRATIONS = Repository.ROOT.resolve("services/proposals/src/main/resources/db/migration");

    @Test
    void aDumpOfAServicesSchemaRestoresIntoAnEmptyDatabaseWithEveryRow(TestInfrastructure infrastructure) throws Exception {
        var schema = infrastructure.freshSchema("proposals");
        var server = infrastructure.postgres();
        Flyway.configure().dataSource(infrastructure.jdbcUrl(schema), server.user(), server.password())
            .schemas(schema).defaultSchema(schema).locations("filesystem:" + MIGRATIONS).load().migrate();
        try (var connection = infrastructure.connect(schema)) {
            addIdeas(connection, 25);
        }
        var dump = Files.createTempFile("proposals", ".dump");
        var restored = "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            run(List.of("pg_dump", "--format=custom", "--schema=" + schema, "--file=" + dump,
                "--dbname=" + infrastructure.database()), server);
            create(infrastructure, restored);
            run(List.of("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + restored, dump.toString()), server);

            try (var original = infrastructure.connect(schema);
                 var copy = server.connect(restored)) {
                var before = contents(original, schema);

                assertTrue(before.get("idea").startsWith("25 rows"), before.get("idea"));
                assertTrue(before.get("flyway_schema_history").startsWith(migrations() + " rows"),
                    before.get("flyway_schema_history"));
                assertEquals(before, contents(copy, schema));
            }
        } finally {
            Files.deleteIfExists(dump);
            drop(infrastructure, restored);
        }
    }

    private static void addIdeas(Connection connection, int count) throws SQLException {
        try (var insert = connection.prepareStatement("insert into idea (id, municipality, author_id, title, body,"
            + " service_area, status, submitted_at, version) values (?, '1833', ?, ?, ?, 'kino', 'published', now(), 1)")) {
            for (var number = 1; number <= count; number++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "rana-resident-" + number);
                insert.setString(3, "Sommerkino nr. " + number + " på Øya");
                insert.setString(4, "Film under åpen himmel, æ ø å.\nAndre linje.");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Each table's row count and a digest of all its rows in a stable order. */
    private static Map<String, String> contents(Connection connection, String schema) throws SQLException {
        var tables = new TreeMap<String, String>();
        try (var list = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'")) {
            list.setString(1, schema);
            try (var names = list.executeQuery()) {
                while (names.next()) {
                    tables.put(names.getString(1), "");
                }
            }
        }
        for (var table : tables.keySet()) {
            try (var digest = connection.createStatement().executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|'"
                + " order by t::text), '')) from \"" + schema + "\".\"" + table + "\" t")) {
                digest.next();
                tables.put(table, digest.getLong(1) + " rows, " + digest.getString(2));
            }
        }
        return tables;
    }

    private static long migrations() throws IOException {
        try (var files = Files.list(MIGRATIONS)) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static void create(TestInfrastructure infrastructure, String database) throws SQLException {
        try (var connection = infrastructure.postgres().connect(infrastructure.postgres().maintenanceDatabase())) {
            connection.createStatement().execute("create database " + database);
        }
    }

    private static void drop(TestInfrastructure infrastructure, String database) throws SQLException {
        try (var connection = infrastructure.postgres().connect(infrastructure.postgres().maintenanceDatabase())) {
            connection.createStatement().execute("drop database if exists " + database);
        }
    }

    /** Debian keeps each major version's tools in its own folder; pg_dump refuses a server newer than itself. */
    private static List<String> withTool(List<String> command, Connection connection) throws SQLException {
        try (var version = connection.createStatement().executeQuery("show server_version_num")) {
            version.next();
            var major = Integer.parseInt(version.getString(1)) / 10_000;
            var tool = Path.of("/usr/lib/postgresql/" + major + "/bin/" + command.get(0));
            var chosen = new ArrayList<>(command);
            if (Files.isExecutable(tool)) {
                chosen.set(0, tool.toString());
            }
            return chosen;
        }
    }

    private static void run(List<String> command, PostgresServer server) throws Exception {
        List<String> chosen;
        try (var connection = server.connect(server.maintenanceDatabase())) {
            chosen = withTool(command, connection);
        }
        var builder = new ProcessBuilder(chosen).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PGHOST", server.host(), "PGPORT", String.valueOf(server.port()),
            "PGUSER", server.user(), "PGPASSWORD", server.password() == null ? "" : server.password()));
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), command.get(0) + " did not finish");
        assertEquals(0, process.exitValue(), command.get(0) + " failed: " + output);
    }
}
