package no.samskap.organisations.privacy;

import no.samskap.platform.privacy.PersonalExport;
import no.samskap.platform.privacy.FormerParticipants;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

import static no.samskap.platform.privacy.FormerParticipants.takeOver;

/**
 * The person's logged hours and the verification codes of their volunteer record (with the name they had printed on
 * it). Erased: deleted; hours they approved or rejected for others stay, decided by a former participant.
 */
@Singleton
class HoursPersonalData implements PersonalData {

    private final DSLContext sql;

    HoursPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "organisations.hours";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("hours", """
                select id, municipality, association_id, offer_id, event_id, shift_id, work_date, hours, role, note,
                       status, rejection_reason, logged_at, decided_at
                from hours_entry where volunteer_id = ? order by work_date, logged_at""", subjectId)
            .rows("recordCodes", """
                select code, display_name, issued_at, revoked_at
                from volunteer_record_code where volunteer_id = ? order by issued_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("delete from hours_entry where volunteer_id = ?", subjectId);
        takeOver(sql, "hours_entry", "decided_by", subjectId);
        sql.execute("delete from volunteer_record_code where volunteer_id = ?", subjectId);
    }
}
