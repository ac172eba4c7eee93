package no.samskap.proposals.persons.persistence;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Map;

/**
 * The person as staff or admin, and as one blocked: the decisions they took stay on the ideas and comments, each
 * signed by a pseudonym of its own; their blocks end with their account; they are no longer a municipality's admin.
 * A block's reason is the staff's note about the person and is left out of the export, as it is of every message.
 */
@Singleton
class ModerationByAPerson implements PersonalData {

    private static final String PSEUDONYM = "concat(?::text, gen_random_uuid())";

    private final DSLContext sql;

    ModerationByAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "proposals.moderation";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("blockedIn", """
                select municipality, blocked_at from person_block where subject = ? order by blocked_at""", subjectId)
            .rows("adminOf", """
                select municipality, seen_at from municipality_admin where person_id = ?
                order by municipality""", subjectId)
            .rows("stepsTakenOnIdeas", """
                select idea_id, status, moderation, note from idea_timeline where actor_id = ?
                order by idea_id, position""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        var prefix = FormerParticipant.PREFIX;
        sql.execute("delete from person_block where subject = ?", subjectId);
        sql.execute("delete from municipality_admin where person_id = ?", subjectId);
        sql.execute("update person_block set blocked_by = " + PSEUDONYM + " where blocked_by = ?", prefix, subjectId);
        sql.execute("update idea_timeline set actor_id = " + PSEUDONYM + " where actor_id = ?", prefix, subjectId);
        sql.execute("update idea set hidden_by = " + PSEUDONYM + ", version = version + 1 where hidden_by = ?", prefix,
            subjectId);
        sql.execute("update idea_comment set hidden_by = " + PSEUDONYM + ", version = version + 1 where hidden_by = ?",
            prefix, subjectId);
        for (var appeals : List.of("idea_appeal", "comment_appeal")) {
            sql.execute("update " + appeals + " set contested_decision_by = " + PSEUDONYM
                + " where contested_decision_by = ?", prefix, subjectId);
            sql.execute("update " + appeals + " set decided_by = " + PSEUDONYM + " where decided_by = ?", prefix,
                subjectId);
        }
    }
}
