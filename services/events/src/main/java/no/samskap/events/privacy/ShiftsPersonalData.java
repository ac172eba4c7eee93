package no.samskap.events.privacy;

import no.samskap.platform.privacy.PersonalExport;
import no.samskap.platform.privacy.FormerParticipants;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

import static no.samskap.platform.privacy.FormerParticipants.takeOver;

/**
 * The person's volunteer shifts: sign-ups with their name, absences and check-ins, and the shifts they lead.
 * Erased: sign-ups are deleted and the shifts they led have no team leader; shifts they created stay, by a former
 * participant.
 */
@Singleton
class ShiftsPersonalData implements PersonalData {

    private final DSLContext sql;

    ShiftsPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "events.shifts";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("signUps", """
                select u.shift_id, s.event_id, e.title as event_title, s.role, s.starts_at, s.ends_at,
                       u.volunteer_name, u.association_id, u.status, u.signed_up_at, u.absence_kind, u.absence_note,
                       u.minutes_late, u.absence_reported_at, u.checked_in_at
                from shift_sign_up u join shift s on s.id = u.shift_id join event e on e.id = s.event_id
                where u.volunteer_id = ? order by s.starts_at""", subjectId)
            .rows("leads", """
                select s.id as shift_id, s.event_id, e.title as event_title, s.role, s.starts_at, s.ends_at
                from shift s join event e on e.id = s.event_id
                where s.team_leader_id = ? order by s.starts_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("delete from shift_sign_up where volunteer_id = ?", subjectId);
        sql.execute("update shift set team_leader_id = null where team_leader_id = ?", subjectId);
        takeOver(sql, "shift", "created_by", subjectId);
    }
}
