package no.samskap.proposals.persons.persistence;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/** The person's comments: they stay in their threads, each with a former participant of its own as author. */
@Singleton
class CommentsOfAPerson implements PersonalData {

    private final DSLContext sql;

    CommentsOfAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "proposals.comments";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("comments", """
                select id, idea_id, parent_id, body, written_at, edited_at from idea_comment
                where author_id = ? order by written_at""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("""
            update idea_comment set author_id = concat(?::text, gen_random_uuid()), version = version + 1
            where author_id = ?""", FormerParticipant.PREFIX, subjectId);
    }
}
