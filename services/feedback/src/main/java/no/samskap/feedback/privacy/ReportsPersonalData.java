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
 * The reports the person made about others' feedback. Erased: as in proposals (ADR 0046), a report keeps its reason
 * for the moderators and still counts towards the threshold; its reporter becomes a former participant.
 */
@Singleton
class ReportsPersonalData implements PersonalData {

    private final DSLContext sql;

    ReportsPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "feedback.reports";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("reports", """
                select feedback_id, reason, reported_at, closed_at
                from feedback_report where reporter_id = ? order by reported_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        takeOver(sql, "feedback_report", "reporter_id", subjectId);
    }
}
