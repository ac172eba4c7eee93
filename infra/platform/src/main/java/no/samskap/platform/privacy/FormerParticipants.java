package no.samskap.platform.privacy;

import org.jooq.DSLContext;

/** Hands what an erased person did to former participants: a new pseudonym in each row, so no two rows link. */
public final class FormerParticipants {

    private FormerParticipants() {
    }

    public static void takeOver(DSLContext sql, String table, String column, String subjectId) {
        sql.execute("update " + table + " set " + column + " = ? || gen_random_uuid() where " + column + " = ?",
            FormerParticipant.PREFIX, subjectId);
    }
}
