package no.samskap.gateway.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * Who wrote each comment of the public discussion. An erased person's comments stay public, each now signed by a
 * former participant of its own, as the proposals service signs them after the same erasure.
 */
@Singleton
class DiscussionAuthors implements PersonalData {

    private final DSLContext sql;

    DiscussionAuthors(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "gateway.ideas.discussion";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("comments", """
                select comment_id, idea_id, parent_id, official, body, written_at, edited_at, hidden
                from discussion_comment where author_id = ? order by written_at""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("update discussion_comment set author_id = ? || gen_random_uuid() where author_id = ?",
            FormerParticipant.PREFIX, subjectId);
    }
}
