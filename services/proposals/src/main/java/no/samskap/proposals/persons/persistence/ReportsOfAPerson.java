package no.samskap.proposals.persons.persistence;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * What the person reported to moderators. The reports stay for the moderators and keep the counts that decide when
 * content goes to review; only who reported is gone, each report with a pseudonym of its own.
 */
@Singleton
class ReportsOfAPerson implements PersonalData {

    private final DSLContext sql;

    ReportsOfAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "proposals.reports";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("ideasReported", """
                select idea_id, reason, reported_at from idea_report where reporter_id = ?
                order by reported_at""", subjectId)
            .rows("commentsReported", """
                select comment_id, reason, reported_at from comment_report where reporter_id = ?
                order by reported_at""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("update idea_report set reporter_id = concat(?::text, gen_random_uuid()) where reporter_id = ?",
            FormerParticipant.PREFIX, subjectId);
        sql.execute("update comment_report set reporter_id = concat(?::text, gen_random_uuid()) where reporter_id = ?",
            FormerParticipant.PREFIX, subjectId);
    }
}
