package no.samskap.feedback.privacy;

import no.samskap.platform.privacy.PersonalExport;
import no.samskap.platform.privacy.FormerParticipants;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

import static no.samskap.platform.privacy.FormerParticipants.takeOver;

/**
 * What the person did as the municipality's staff: answers, hidings, moved dates, ideas made of feedback and appeal
 * decisions. These are the municipality's records and stay, done by a former participant.
 */
@Singleton
class FeedbackHandlingPersonalData implements PersonalData {

    private final DSLContext sql;

    FeedbackHandlingPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "feedback.handling";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("answered", """
                select id as feedback_id, answer_text, answer_public, answered_at
                from feedback where answered_by = ? order by answered_at""", subjectId)
            .rows("hidden", """
                select id as feedback_id, hidden_reason, hidden_at
                from feedback where hidden_by = ? order by hidden_at""", subjectId)
            .rows("responseDatesMoved", """
                select feedback_id, respond_by, reason, changed_at
                from feedback_response_date_change where changed_by = ? order by changed_at""", subjectId)
            .rows("ideasMade", """
                select feedback_id, idea_id, title, turned_at
                from idea_of_feedback where turned_by = ? order by turned_at""", subjectId)
            .rows("appealsDecided", """
                select feedback_id, restored, decision_reason, decided_at
                from feedback_appeal where decided_by = ? order by decided_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        takeOver(sql, "feedback", "answered_by", subjectId);
        takeOver(sql, "feedback", "hidden_by", subjectId);
        takeOver(sql, "feedback_response_date_change", "changed_by", subjectId);
        takeOver(sql, "idea_of_feedback", "turned_by", subjectId);
        takeOver(sql, "feedback_appeal", "contested_decision_by", subjectId);
        takeOver(sql, "feedback_appeal", "decided_by", subjectId);
    }
}
