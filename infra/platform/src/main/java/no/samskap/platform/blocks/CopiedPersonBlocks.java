package no.samskap.platform.blocks;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import org.jooq.DSLContext;

import java.sql.Connection;

/** Answers from this service's copy of the blocks; a bean of the owning service takes its place when there is one. */
@Singleton
@Secondary
@Requires(beans = javax.sql.DataSource.class)
@Requires(property = PersonBlockSettings.ENABLED, notEquals = "false")
class CopiedPersonBlocks implements PersonBlocks {

    private final DSLContext sql;
    private final TransactionOperations<Connection> transactions;

    CopiedPersonBlocks(DSLContext sql, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public boolean isBlocked(MunicipalityNumber municipality, String personId) {
        return transactions.executeRead(status -> sql.fetchExists(sql.selectOne().from("person_block_copy")
            .where("municipality = ? and person_id = ?", municipality.value(), personId)));
    }
}
