package no.samskap.platform.jdbc;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Statements prepared straight on the open transaction's connection, for the hot write paths where jOOQ's machinery
 * for each plain-SQL statement (parsing the string for its binds, an execute context, a regular expression for the
 * statement's type, its own bindings and records) costs more than the statement's own work (ADR 0071). Without an
 * open transaction the statement runs in one of its own, as jOOQ's would commit by itself. Values are bound with
 * {@code setObject} (a null as a value of no stated type, which PostgreSQL types from its place in the statement), so
 * a timestamp is an {@link java.time.OffsetDateTime} and a date a {@link java.time.LocalDate}. A failure is jOOQ's
 * {@link DataAccessException}, as before, and not Micronaut Data's, which the gateway does not have.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class TransactionStatements {

    private final TransactionOperations<Connection> transactions;

    TransactionStatements(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** A row of a result, read into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs an insert, update or delete and says how many rows it changed. */
    public int update(String sql, Object... values) {
        return onTheConnection(sql, values, PreparedStatement::executeUpdate);
    }

    /** Every row of a query, read with {@code row}. */
    public <T> List<T> list(String sql, Row<T> row, Object... values) {
        return onTheConnection(sql, values, statement -> {
            var rows = new ArrayList<T>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row.read(result));
                }
            }
            return rows;
        });
    }

    /** The first row of a query, if it has one. */
    public <T> Optional<T> first(String sql, Row<T> row, Object... values) {
        return onTheConnection(sql, values, statement -> {
            try (var result = statement.executeQuery()) {
                return result.next() ? Optional.ofNullable(row.read(result)) : Optional.empty();
            }
        });
    }

    private <T> T onTheConnection(String sql, Object[] values, Work<T> work) {
        if (transactions.findTransactionStatus().isEmpty()) {
            return transactions.executeWrite(status -> run(sql, values, work));
        }
        return run(sql, values, work);
    }

    private <T> T run(String sql, Object[] values, Work<T> work) {
        try (var statement = transactions.getConnection().prepareStatement(sql)) {
            for (var i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.OTHER);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            return work.on(statement);
        } catch (SQLException failed) {
            throw new DataAccessException("Statement failed: " + failed.getMessage() + " (" + sql + ")", failed);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(PreparedStatement statement) throws SQLException;
    }
}
