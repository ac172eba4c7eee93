package no.samskap.feedback.privacy;

import no.samskap.platform.privacy.PersonalExport;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * The events the person registered for, came to or worked a shift at, as the events service told it, which decide
 * whether they may give feedback. Erased: deleted.
 */
@Singleton
class AttendancePersonalData implements PersonalData {

    private final DSLContext sql;

    AttendancePersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "feedback.attendance";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("attendance", """
                select a.event_id, e.title as event_title, a.registered_at, a.unregistered_at, a.checked_in_at
                from attendance a left join event_copy e on e.id = a.event_id
                where a.person_id = ? order by e.starts_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("delete from attendance where person_id = ?", subjectId);
    }
}
