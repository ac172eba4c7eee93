package no.samskap.events.shifts.persistence;

import jakarta.inject.Singleton;
import no.samskap.events.shifts.application.Memberships;
import org.jooq.DSLContext;

import java.util.UUID;

/** Reads the copy of association members that the partners capability keeps from the organisations service. */
@Singleton
class JooqMemberships implements Memberships {

    private final DSLContext sql;

    JooqMemberships(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public boolean isMember(UUID associationId, String personId) {
        return sql.fetchExists(sql.selectOne().from("partner_member")
            .where("association_id = ? and person_id = ?", associationId, personId));
    }
}
