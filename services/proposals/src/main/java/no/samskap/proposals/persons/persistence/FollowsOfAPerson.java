package no.samskap.proposals.persons.persistence;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/** The ideas the person follows or chose to stop following, and what they were told about them. */
@Singleton
class FollowsOfAPerson implements PersonalData {

    private final DSLContext sql;

    FollowsOfAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "proposals.follows";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("follows", """
                select idea_id, following, changed_at from idea_follow where person_id = ?
                order by changed_at""", subjectId)
            .rows("notifications", """
                select id, idea_id, idea_title, kind, note, created_at, read_at from notification
                where person_id = ? order by id""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("delete from idea_follow where person_id = ?", subjectId);
        sql.execute("delete from notification where person_id = ?", subjectId);
    }
}
