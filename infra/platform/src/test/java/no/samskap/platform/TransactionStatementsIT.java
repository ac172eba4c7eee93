package no.samskap.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.platform.jdbc.TransactionStatements;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionStatementsIT {

    private TestInfrastructure infrastructure;
    private String schema;
    private ApplicationContext application;
    private TransactionStatements statements;
    private TransactionOperations<Connection> transactions;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void startApplication(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("statements");
        try (var connection = infrastructure.connect(schema)) {
            connection.createStatement().execute("create table step (id uuid primary key, position int not null,"
                + " note text, at timestamptz not null, due date, event_id uuid)");
        }
        application = PlatformApplication.start(infrastructure, schema, Map.of());
        statements = application.getBean(TransactionStatements.class);
        transactions = application.getBean(Argument.of(TransactionOperations.class, Connection.class));
    }

    @AfterAll
    void stopApplication() {
        application.close();
    }

    @Test
    void aStatementInATransactionThatRollsBackLeavesNothing() {
        var id = UUID.randomUUID();

        assertThrows(IllegalStateException.class, () -> transactions.executeWrite(status -> {
            statements.update("insert into step (id, position, at) values (?, 1, now())", id);
            assertEquals(Optional.of(1), statements.first("select position from step where id = ?",
                row -> row.getInt(1), id));
            throw new IllegalStateException("rolled back");
        }));

        assertEquals(Optional.empty(), statements.first("select position from step where id = ?",
            row -> row.getInt(1), id));
    }

    @Test
    void withoutATransactionAStatementCommitsByItself() {
        var id = UUID.randomUUID();

        assertEquals(1, statements.update("insert into step (id, position, at) values (?, 2, now())", id));

        assertEquals(List.of(2), statements.list("select position from step where id = ?", row -> row.getInt(1), id));
    }

    @Test
    void bindsTimesDatesAndNullsOfNoStatedTypeByTheirPlace() {
        var id = UUID.randomUUID();
        var at = OffsetDateTime.of(2026, 12, 7, 17, 47, 19, 983_288_000, ZoneOffset.UTC);

        transactions.executeWrite(status -> statements.update("insert into step (id, position, note, at, due,"
                + " event_id) select ?, coalesce(max(position), 0) + 1, ?, ?::timestamptz, ?::date, ? from step"
                + " where id = ?", id, null, at, LocalDate.of(2027, 1, 31), null, id));

        assertEquals(Optional.of("1 null 2026-12-07T17:47:19.983288Z 2027-01-31 null"), statements.first(
            "select position, note, at, due, event_id from step where id = ?", row -> row.getInt(1) + " "
                + row.getString(2) + " " + row.getObject(3, OffsetDateTime.class).toInstant() + " "
                + row.getObject(4, LocalDate.class) + " " + row.getObject(5), id));
    }
}
