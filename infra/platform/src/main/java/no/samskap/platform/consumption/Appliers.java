package no.samskap.platform.consumption;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;

/** What the consumer applies a poll with: one transaction for the batch, or one per record when the batch fails. */
@Singleton
record Appliers(BatchApplier batch, RecordApplier recordByRecord, HeldMessages held,
                TransactionOperations<Connection> transactions, RetryPause pause) {
}
