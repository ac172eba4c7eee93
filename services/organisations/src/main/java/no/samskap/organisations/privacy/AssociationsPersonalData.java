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
 * The associations the person registered or verified. The association's own record stays, as the municipality
 * must keep it: a former participant registered it, and the contact e-mail and phone its registrant gave go with
 * the person.
 */
@Singleton
class AssociationsPersonalData implements PersonalData {

    private final DSLContext sql;

    AssociationsPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "organisations.associations";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("registered", """
                select id, municipality, organisation_number, name, contact_email, contact_phone, website,
                       registered_at
                from association where registered_by = ? order by registered_at""", subjectId)
            .rows("verified", """
                select id, municipality, organisation_number, name, verified_at
                from association where verified_by = ? order by verified_at""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("""
            update association set contact_email = null, contact_phone = null
            where registered_by = ?""", subjectId);
        takeOver(sql, "association", "registered_by", subjectId);
        takeOver(sql, "association", "verified_by", subjectId);
    }
}
