package no.samskap.events.privacy;

import no.samskap.platform.privacy.PersonalExport;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * The service's copies of the organisations service's facts about the person: which associations they belong to
 * and which politiattest sightings hold for them. Erased: deleted, as the organisations service deletes the originals.
 */
@Singleton
class PartnersPersonalData implements PersonalData {

    private final DSLContext sql;

    PartnersPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "events.partners";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("memberships", """
                select m.association_id, a.name as association_name, m.role
                from partner_member m left join partner_association a on a.id = m.association_id
                where m.person_id = ? order by a.name""", subjectId)
            .rows("attestSightings", """
                select association_id, role, valid_until
                from attest_sighting where volunteer_id = ? order by valid_until""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("delete from partner_member where person_id = ?", subjectId);
        sql.execute("delete from attest_sighting where volunteer_id = ?", subjectId);
    }
}
