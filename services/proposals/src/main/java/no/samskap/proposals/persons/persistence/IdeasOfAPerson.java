package no.samskap.proposals.persons.persistence;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * The person's ideas and their appeals. An idea stays public with a former participant as author, one pseudonym per
 * idea; the steps the person took on it and their appeal against its hiding take the idea's pseudonym, so its
 * history still reads as one author's.
 */
@Singleton
class IdeasOfAPerson implements PersonalData {

    private final DSLContext sql;

    IdeasOfAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "proposals.ideas";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("ideas", """
                select id, municipality, title, body, service_area, place, status, submitted_at from idea
                where author_id = ? order by submitted_at""", subjectId)
            .rows("appeals", """
                select idea_id, text, appealed_at, upheld, decision_reason, decided_at from idea_appeal
                where appellant_id = ? order by appealed_at""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("""
            with erased as (
                update idea set author_id = concat(?::text, gen_random_uuid()), version = version + 1
                where author_id = ? returning id, author_id),
            steps as (
                update idea_timeline set actor_id = erased.author_id from erased
                where idea_timeline.idea_id = erased.id and idea_timeline.actor_id = ? returning 1)
            update idea_appeal set appellant_id = erased.author_id from erased
            where idea_appeal.idea_id = erased.id and idea_appeal.appellant_id = ?""",
            FormerParticipant.PREFIX, subjectId, subjectId, subjectId);
    }
}
