package no.samskap.gateway.ideas.commands;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.UUID;

/** Looks at one idea's innbyggerforslag in the gateway's read model, to see whether a write has reached it. */
@Singleton
class PetitionRows {

    private final DSLContext sql;

    PetitionRows(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    boolean show(UUID idea, String status, int signatureCount) {
        return sql.fetchOptional("select status, signature_count from idea_petition where idea_id = ?", idea)
            .map(row -> status.equals(row.get(0, String.class)) && signatureCount == row.get(1, Integer.class))
            .orElse(false);
    }
}
