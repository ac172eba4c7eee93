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
 * Politiattest facts: the sightings of the person's certificate and the requests to apply for one, and the
 * associations whose attest officer they are. Erased: the facts about the person and their appointments are deleted
 * (an association whose officer left appoints anew); sightings and requests they made for others stay, by a former
 * participant.
 */
@Singleton
class AttestsPersonalData implements PersonalData {

    private final DSLContext sql;

    AttestsPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "organisations.attests";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("sightings", """
                select association_id, role_code, role_name, seen_on, valid_until, guardian_consent, recorded_at
                from attest_sighting where volunteer_id = ? order by recorded_at""", subjectId)
            .rows("requests", """
                select association_id, role_code, role_name, requested_at, sighted_at
                from attest_request where volunteer_id = ? order by requested_at""", subjectId)
            .rows("officerOf", """
                select association_id, case when responsible_id = ? then 'responsible' else 'deputy' end as duty,
                       appointed_at
                from attest_officers where ? in (responsible_id, deputy_id)""", subjectId, subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("delete from attest_sighting where volunteer_id = ?", subjectId);
        takeOver(sql, "attest_sighting", "seen_by", subjectId);
        sql.execute("delete from attest_request where volunteer_id = ?", subjectId);
        takeOver(sql, "attest_request", "requested_by", subjectId);
        sql.execute("delete from attest_officers where ? in (responsible_id, deputy_id)", subjectId);
        takeOver(sql, "attest_officers", "appointed_by", subjectId);
    }
}
