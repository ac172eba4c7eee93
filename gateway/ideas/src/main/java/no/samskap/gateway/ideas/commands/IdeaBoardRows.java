package no.samskap.gateway.ideas.commands;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;

/** Looks at one idea's row on the gateway's idea board, to see whether a write has reached it. */
@Singleton
class IdeaBoardRows {

    private final DSLContext sql;

    IdeaBoardRows(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    boolean meet(Expectation expectation) {
        return sql.fetchOptional("select status, support_count, respond_by from idea_board where id = ?",
                expectation.idea())
            .map(row -> expectation.isMetBy(row.get("status", String.class), row.get("support_count", Integer.class),
                row.get("respond_by", LocalDate.class)))
            .orElse(false);
    }
}
