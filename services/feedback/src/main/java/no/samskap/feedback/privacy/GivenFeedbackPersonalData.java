package no.samskap.feedback.privacy;

import no.samskap.platform.privacy.PersonalExport;
import no.samskap.platform.privacy.FormerParticipants;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * The feedback the person gave, with the municipality's answers and their appeals. Erased: the feedback stays for
 * the public pages and the figures, each piece by its own former participant, so "one per person and event" still
 * holds and no two pieces link; the name their token gave goes.
 */
@Singleton
class GivenFeedbackPersonalData implements PersonalData {

    private final DSLContext sql;

    GivenFeedbackPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "feedback.given";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("feedback", """
                select f.id, f.municipality, f.event_id, e.title as event_title, f.unit, f.author_name, f.anonymous,
                       f.rating, f.text, f.wish_next, f.idea_consent, f.given_at, f.edited_at, f.withdrawn_at,
                       f.answer_text, f.answer_public, f.answered_at, f.hidden_reason, f.hidden_at
                from feedback f left join event_copy e on e.id = f.event_id
                where f.author_id = ? order by f.given_at""", subjectId)
            .rows("appeals", """
                select a.feedback_id, a.text, a.appealed_at, a.restored, a.decision_reason, a.decided_at
                from feedback_appeal a join feedback f on f.id = a.feedback_id
                where f.author_id = ? order by a.appealed_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("update feedback set author_name = null where author_id = ?", subjectId);
        FormerParticipants.takeOver(sql, "feedback", "author_id", subjectId);
    }
}
