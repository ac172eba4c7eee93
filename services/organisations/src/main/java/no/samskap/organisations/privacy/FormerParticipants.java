package no.samskap.organisations.privacy;

import no.samskap.platform.privacy.FormerParticipant;
import org.jooq.DSLContext;

/** Hands what an erased person did to former participants: a new pseudonym in each row, so no two rows link. */
final class FormerParticipants {

    private FormerParticipants() {
    }

    static void takeOver(DSLContext sql, String table, String column, String subjectId) {
        sql.execute("update " + table + " set " + column + " = ? || gen_random_uuid() where " + column + " = ?",
            FormerParticipant.PREFIX, subjectId);
    }
}
