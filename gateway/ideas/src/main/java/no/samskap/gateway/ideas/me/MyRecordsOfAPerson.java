package no.samskap.gateway.ideas.me;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * What "Min side" keeps of the person: their ideas, comments, supports and follows. All of it goes; the ideas and
 * comments themselves stay on the public pages, each idea now shown as from a former participant, and each idea the
 * person supported counts one fewer, as the proposals service counts it after the same erasure.
 */
@Singleton
class MyRecordsOfAPerson implements PersonalData {

    private final DSLContext sql;

    MyRecordsOfAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "gateway.ideas.mine";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("ideas", """
                select idea_id, municipality, title, status, submitted_at from my_idea where author_id = ?
                order by submitted_at""", subjectId)
            .rows("comments", """
                select comment_id, idea_id, body, written_at from my_comment where author_id = ?
                order by written_at""", subjectId)
            .rows("supports", """
                select idea_id, given_at from my_support where person_id = ? order by given_at""", subjectId)
            .rows("follows", """
                select idea_id, followed_at from my_follow where person_id = ? order by followed_at""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("""
            update idea_board set by_former_participant = true
            where id in (select idea_id from my_idea where author_id = ?)""", subjectId);
        sql.execute("""
            with withdrawn as (delete from my_support where person_id = ? returning idea_id)
            update idea_board set support_count = greatest(support_count - 1, 0)
            from withdrawn where idea_board.id = withdrawn.idea_id""", subjectId);
        sql.execute("delete from my_follow where person_id = ?", subjectId);
        sql.execute("delete from my_comment where author_id = ?", subjectId);
        sql.execute("delete from my_idea where author_id = ?", subjectId);
    }
}
