package no.samskap.platform.consumption;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeforeCommitIT {

    private ApplicationContext application;
    private BeforeCommit beforeCommit;
    private TransactionOperations<Connection> transactions;
    private DSLContext sql;
    private final AtomicInteger writes = new AtomicInteger();

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        var schema = infrastructure.freshSchema("before_commit");
        application = PlatformApplication.start(infrastructure, schema, Map.of("samskap.municipalities.copy.enabled",
            "false", "samskap.person-blocks.enabled", "false"));
        beforeCommit = application.getBean(BeforeCommit.class);
        transactions = application.getBean(Argument.of(TransactionOperations.class, Connection.class));
        sql = application.getBean(DSLContext.class);
        inTransaction(() -> sql.execute("create table gathered_total (total int not null, written_in bigint not null)"));
    }

    @AfterAll
    void stop() {
        application.close();
    }

    @BeforeEach
    void empty() {
        inTransaction(() -> sql.execute("delete from gathered_total"));
        writes.set(0);
    }

    @Test
    void writesWhatATransactionGatheredOnceJustBeforeItCommitsInThatTransaction() {
        var transactionId = new AtomicLong();
        transactions.executeWrite(status -> {
            transactionId.set(currentTransaction());
            gather(2);
            gather(3);
            gather(5);
            assertEquals(0, total(), "nothing written while the transaction still gathers");
            return null;
        });

        assertEquals(1, writes.get());
        assertEquals(10, total());
        assertEquals(transactionId.get(), inTransaction(() -> ((Number) sql.fetchValue(
            "select written_in from gathered_total")).longValue()));
    }

    @Test
    void writesNothingWhenTheTransactionRollsBack() {
        assertThrows(IllegalStateException.class, () -> transactions.executeWrite(status -> {
            gather(7);
            throw new IllegalStateException("the batch failed");
        }));

        assertEquals(0, writes.get());
        assertEquals(0, total());
    }

    @Test
    void rollsTheTransactionBackWhenTheGatheredWriteFails() {
        assertThrows(RuntimeException.class, () -> transactions.executeWrite(status -> {
            sql.execute("insert into gathered_total (total, written_in) values (-1, 0)");
            beforeCommit.gather(this, ArrayList<Integer>::new, values -> values.add(1),
                values -> sql.execute("insert into no_such_table values (1)"));
            return null;
        }));

        assertEquals(0, total(), "the transaction's own write is gone too");
    }

    @Test
    void keepsWhatTwoTransactionsGatherApart() {
        transactions.executeWrite(status -> {
            gather(1);
            return null;
        });
        transactions.executeWrite(status -> {
            gather(20);
            return null;
        });

        assertEquals(List.of(1, 20), inTransaction(() -> sql.fetch("select total from gathered_total order by total")
            .getValues(0, Integer.class)));
    }

    @Test
    void writesAtOnceOutsideATransaction() {
        var written = new ArrayList<List<Integer>>();

        beforeCommit.gather(this, ArrayList<Integer>::new, values -> values.add(4), values -> written.add(values));

        assertEquals(List.of(List.of(4)), written);
    }

    private void gather(int value) {
        beforeCommit.gather(this, ArrayList<Integer>::new, values -> values.add(value), values -> {
            writes.incrementAndGet();
            sql.execute("insert into gathered_total (total, written_in) values (?, ?)",
                values.stream().mapToInt(Integer::intValue).sum(), currentTransaction());
        });
    }

    private long currentTransaction() {
        return ((Number) sql.fetchValue("select txid_current()")).longValue();
    }

    private int total() {
        return inTransaction(() -> ((Number) sql.fetchValue("select coalesce(sum(total), 0) from gathered_total"))
            .intValue());
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
