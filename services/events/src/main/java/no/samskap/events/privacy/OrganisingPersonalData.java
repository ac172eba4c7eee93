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
 * What the person did as an organiser: the events they drafted and the room bookings they applied for or decided.
 * These are the municipality's and the associations' records and stay, made by a former participant.
 */
@Singleton
class OrganisingPersonalData implements PersonalData {

    private final DSLContext sql;

    OrganisingPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "events.organising";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("eventsCreated", """
                select id, municipality, title, status, starts_at, ends_at, created_at
                from event where created_by = ? order by created_at""", subjectId)
            .rows("roomBookingsApplied", """
                select id, venue_id, association_id, event_id, purpose, starts_at, ends_at, status, applied_at
                from room_booking where applied_by = ? order by applied_at""", subjectId)
            .rows("roomBookingsDecided", """
                select id, venue_id, status, decision_reason, decided_at
                from room_booking where decided_by = ? order by decided_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        takeOver(sql, "event", "created_by", subjectId);
        takeOver(sql, "room_booking", "applied_by", subjectId);
        takeOver(sql, "room_booking", "decided_by", subjectId);
    }
}
