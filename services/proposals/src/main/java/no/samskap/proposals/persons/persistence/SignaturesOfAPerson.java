package no.samskap.proposals.persons.persistence;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/**
 * The innbyggerforslag the person signed: the signatures go. A petition still collecting counts one fewer; a sent one
 * keeps the count the council received, since that number is the municipality's record, not the person's.
 */
@Singleton
class SignaturesOfAPerson implements PersonalData {

    private final DSLContext sql;

    SignaturesOfAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "proposals.signatures";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("signatures", """
                select idea_id, signed_at from petition_signature where signer_id = ?
                order by signed_at""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("""
            with withdrawn as (delete from petition_signature where signer_id = ? returning idea_id)
            update petition set signature_count = signature_count - 1
            from withdrawn where petition.idea_id = withdrawn.idea_id and petition.sent_at is null""", subjectId);
    }
}
