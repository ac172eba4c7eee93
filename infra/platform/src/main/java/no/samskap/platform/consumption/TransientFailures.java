package no.samskap.platform.consumption;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells failures that go away by themselves (the database is restarting, unreachable or out of connections)
 * from failures of the message itself. Only the second kind may park a message.
 */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        return state.startsWith("08")
            || state.startsWith("53")
            || state.startsWith("57P")
            || state.equals("40001")
            || state.equals("40P01");
    }
}
