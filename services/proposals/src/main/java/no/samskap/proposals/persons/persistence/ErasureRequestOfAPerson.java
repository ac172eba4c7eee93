package no.samskap.proposals.persons.persistence;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/** The person's own pending erasure request; once carried out, the row stays as a record that names no one. */
@Singleton
class ErasureRequestOfAPerson implements PersonalData {

    private final DSLContext sql;

    ErasureRequestOfAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "proposals.erasure";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .row("pendingRequest", "select id, requested_at from erasure_request where subject_id = ?", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("update erasure_request set subject_id = null, erased_at = now() where subject_id = ?",
            subjectId);
    }
}
