package no.samskap.organisations.privacy;

import no.samskap.platform.privacy.PersonalExport;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import org.jooq.DSLContext;

import java.util.Map;

/** The person's volunteer profile: skills, availability, languages, age band. Erased: deleted. */
@Singleton
class VolunteersPersonalData implements PersonalData {

    private final DSLContext sql;

    VolunteersPersonalData(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "organisations.volunteers";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .row("profile", """
                select municipality, skills, availability, availability_note, languages, contact_consent, age_band,
                       registered_at, updated_at
                from volunteer where person_id = ?""", subjectId)
            .build();
    }

    @Override
    @Transactional
    public void erase(String subjectId) {
        sql.execute("delete from volunteer where person_id = ?", subjectId);
    }
}
