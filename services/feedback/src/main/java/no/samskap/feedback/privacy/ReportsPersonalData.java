package no.samskap.feedback.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * The reports the person made about others' feedback. Erased: deleted, and a report still open no longer counts
 * towards the feedback's report threshold.
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
        return new PersonalExport(sql)
            .rows("reports", """
                select feedback_id, reason, reported_at, closed_at
                from feedback_report where reporter_id = ? order by reported_at""", subjectId)
            .found();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("""
            update feedback f set open_reports = greatest(f.open_reports - 1, 0)
            from feedback_report r
            where r.feedback_id = f.id and r.reporter_id = ? and r.closed_at is null""", subjectId);
        sql.execute("delete from feedback_report where reporter_id = ?", subjectId);
    }
}
