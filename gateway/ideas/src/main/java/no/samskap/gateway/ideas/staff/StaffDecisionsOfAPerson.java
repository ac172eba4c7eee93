package no.samskap.gateway.ideas.staff;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * The person as a moderator in the staff inbox: the ideas they rejected or hid and the comments they hid. The
 * decisions stay for their colleagues, each signed by a pseudonym of its own.
 */
@Singleton
class StaffDecisionsOfAPerson implements PersonalData {

    private static final String PSEUDONYM = "concat(?::text, gen_random_uuid())";

    private final DSLContext sql;

    StaffDecisionsOfAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "gateway.ideas.staff";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("ideasDecided", """
                select id, title, hidden_by = ? as hid, rejected_by = ? as rejected from staff_inbox_idea
                where hidden_by = ? or rejected_by = ? order by id""", subjectId, subjectId, subjectId, subjectId)
            .rows("commentsHidden", """
                select id, idea_id from staff_inbox_comment where hidden_by = ? order by id""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        var prefix = FormerParticipant.PREFIX;
        sql.execute("update staff_inbox_idea set hidden_by = " + PSEUDONYM + " where hidden_by = ?", prefix, subjectId);
        sql.execute("update staff_inbox_idea set rejected_by = " + PSEUDONYM + " where rejected_by = ?", prefix,
            subjectId);
        sql.execute("update staff_inbox_comment set hidden_by = " + PSEUDONYM + " where hidden_by = ?", prefix,
            subjectId);
    }
}
