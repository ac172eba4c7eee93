package no.samskap.platform.consumption;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Lets a read model gather what many messages change in a row several aggregates share (a count per day, a window
 * of the newest ideas) and write it once, just before the transaction commits. Written at the end and in a fixed
 * order, such a row is locked for moments instead of for the whole batch, so transactions applying different
 * partitions side by side neither wait for each other long nor deadlock (ADR 0068). Outside a transaction what is
 * gathered is written at once.
 */
@Singleton
public class BeforeCommit {

    private final TransactionOperations<Connection> transactions;
    /** By the connection of the transaction, the same for a transaction that joins it, another for a new one. */
    private final Map<Connection, Map<Object, Object>> gatheredByTransaction =
        Collections.synchronizedMap(new IdentityHashMap<>());

    BeforeCommit(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Adds to what {@code owner} gathers in the current transaction ({@code fresh} the first time), and has
     * {@code write} called with all of it once, before the transaction commits, on its connection.
     */
    @SuppressWarnings("unchecked")
    public <T> void gather(Object owner, Supplier<T> fresh, Consumer<T> add, Consumer<T> write) {
        var status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            var alone = fresh.get();
            add.accept(alone);
            write.accept(alone);
            return;
        }
        var connection = (Connection) status.get().getConnection();
        var gathered = gatheredByTransaction.get(connection);
        if (gathered == null) {
            var forThisTransaction = new IdentityHashMap<Object, Object>();
            gathered = forThisTransaction;
            gatheredByTransaction.put(connection, forThisTransaction);
            status.get().registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(Status completed) {
                    gatheredByTransaction.remove(connection);
                }
            });
        }
        var existing = (T) gathered.get(owner);
        if (existing == null) {
            var created = fresh.get();
            gathered.put(owner, created);
            status.get().registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write.accept(created);
                }
            });
            existing = created;
        }
        add.accept(existing);
    }
}
