package no.samskap.platform.consumption;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;

/**
 * Runs something once the current transaction has committed, or at once when there is none. A read model tells its
 * live watchers about a change this way, so nobody is told of a change that was rolled back.
 */
@Singleton
public class WhenCommitted {

    private final TransactionOperations<Connection> transactions;

    WhenCommitted(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public void run(Runnable action) {
        transactions.findTransactionStatus().ifPresentOrElse(
            status -> status.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            }),
            action);
    }
}
