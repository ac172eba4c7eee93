package no.samskap.gateway.organisations.commands;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.UUID;

/** What the module's read model shows of a write yet, for the relay to hold its answer back until it does. */
@Singleton
class ReadModelRows {

    private final DSLContext sql;

    ReadModelRows(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public boolean listed(UUID association) {
        return sql.fetchExists(sql.selectOne().from("association_directory").where("id = ?", association));
    }

    @Transactional(readOnly = true)
    public boolean describedAs(UUID association, String name, String type, String description) {
        return sql.fetchExists(sql.selectOne().from("association_directory")
            .where("id = ? and name = ? and type = ? and description = ?", association, name, type, description));
    }

    @Transactional(readOnly = true)
    public boolean verified(UUID association) {
        return sql.fetchExists(sql.selectOne().from("association_directory").where("id = ? and verified", association));
    }

    @Transactional(readOnly = true)
    public boolean member(UUID association, String person, String role) {
        return sql.fetchExists(sql.selectOne().from("association_member")
            .where("association_id = ? and person_id = ? and role = ?", association, person, role));
    }

    @Transactional(readOnly = true)
    public boolean anyMember(UUID association, String person) {
        return sql.fetchExists(sql.selectOne().from("association_member")
            .where("association_id = ? and person_id = ?", association, person));
    }
}
