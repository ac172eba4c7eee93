package no.samskap.testkit;

import java.sql.Connection;
import java.sql.SQLException;

/** Writes fixture rows straight into an application's schema, for tests about what its tables hold. */
public final class RowsWritten {

    private final Connection connection;

    public RowsWritten(Connection connection) {
        this.connection = connection;
    }

    public RowsWritten execute(String sql, Object... values) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
        return this;
    }
}
