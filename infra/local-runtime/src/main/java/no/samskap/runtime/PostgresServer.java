package no.samskap.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A reachable PostgreSQL server and how to log in to it. Services get a database on it and a schema of
 * their own; this class creates both when missing.
 */
public record PostgresServer(String host, int port, String user, String password, String maintenanceDatabase, Kind kind) {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public enum Kind { CONFIGURED, LOCAL, EMBEDDED }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String jdbcUrl(String database, String schema) {
        return jdbcUrl(database) + "?currentSchema=" + requireSafe(schema);
    }

    public Connection connect(String database) throws SQLException {
        var props = new Properties();
        props.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** Creates the database unless it exists; returns its name. */
    public String ensureDatabase(String database) {
        requireSafe(database);
        try (var connection = connect(maintenanceDatabase);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database);
                    } catch (SQLException raced) {
                        if (!"42P04".equals(raced.getSQLState())) {
                            throw raced;
                        }
                    }
                }
            }
            return database;
        } catch (SQLException e) {
            throw new LocalRuntimeException("PostgreSQL", "could not create database '" + database + "' on "
                + host + ":" + port + "; check that user '" + user + "' may create databases", e);
        }
    }

    /** Creates the schema unless it exists. */
    public void ensureSchema(String database, String schema) {
        requireSafe(schema);
        try (var connection = connect(database); var statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + schema);
        } catch (SQLException e) {
            throw new LocalRuntimeException("PostgreSQL", "could not create schema '" + schema + "' in " + database, e);
        }
    }

    public void dropSchema(String database, String schema) {
        requireSafe(schema);
        try (var connection = connect(database); var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new LocalRuntimeException("PostgreSQL", "could not drop schema '" + schema + "' in " + database, e);
        }
    }

    static String requireSafe(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case SQL name: " + name);
        }
        return name;
    }
}
