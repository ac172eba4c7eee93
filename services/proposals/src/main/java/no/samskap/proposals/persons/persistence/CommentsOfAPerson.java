package no.samskap.proposals.persons.persistence;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * The person's comments and their appeals: the comments stay in their threads, each with a former participant of its
 * own as author, whose pseudonym the appeal against its hiding takes too.
 */
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
            .rows("appeals", """
                select comment_id, text, appealed_at, upheld, decision_reason, decided_at from comment_appeal
                where appellant_id = ? order by appealed_at""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("""
            with erased as (
                update idea_comment set author_id = concat(?::text, gen_random_uuid()), version = version + 1
                where author_id = ? returning id, author_id)
            update comment_appeal set appellant_id = erased.author_id from erased
            where comment_appeal.comment_id = erased.id and comment_appeal.appellant_id = ?""",
            FormerParticipant.PREFIX, subjectId, subjectId);
    }
}
