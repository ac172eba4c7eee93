package no.samskap.events.privacy;

import no.samskap.events.registrations.application.RegistrationDesk;
import no.samskap.platform.privacy.PersonalExport;
import no.samskap.platform.privacy.FormerParticipants;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

import static no.samskap.platform.privacy.FormerParticipants.takeOver;

/**
 * The person's registrations for events, walk-ins and check-ins among them, with the name and needs they gave.
 * Erased: the seats and places in line they held for events still ahead go to those waiting, as when they cancel;
 * then their registrations are deleted; check-ins they made as an organiser stay, made by a former participant.
 */
@Singleton
class RegistrationsPersonalData implements PersonalData {

    private final DSLContext sql;
    private final RegistrationDesk desk;

    RegistrationsPersonalData(DSLContext sql, RegistrationDesk desk) {
        this.sql = sql;
        this.desk = desk;
    }

    @Override
    public String part() {
        return "events.registrations";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("registrations", """
                select r.id, r.event_id, e.title as event_title, e.starts_at as event_starts_at, r.display_name,
                       r.companions, r.needs, r.needs_note, r.status, r.registered_at, r.checked_in_at
                from registration r join event e on e.id = r.event_id
                where r.person_id = ? order by r.registered_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        desk.releaseEverySeatOf(subjectId);
        sql.execute("delete from registration where person_id = ?", subjectId);
        takeOver(sql, "registration", "checked_in_by", subjectId);
    }
}
