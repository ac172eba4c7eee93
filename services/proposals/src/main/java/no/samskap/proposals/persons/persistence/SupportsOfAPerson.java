package no.samskap.proposals.persons.persistence;

import jakarta.inject.Singleton;
import no.samskap.platform.privacy.PersonalData;
import no.samskap.platform.privacy.PersonalExport;
import org.jooq.DSLContext;

import java.util.Map;

/** The ideas the person supports: the supports go, and each idea counts one fewer. */
@Singleton
class SupportsOfAPerson implements PersonalData {

    private final DSLContext sql;

    SupportsOfAPerson(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String part() {
        return "proposals.supports";
    }

    @Override
    public Map<String, Object> export(String subjectId) {
        return PersonalExport.from(sql)
            .rows("supports", """
                select idea_id, supported_at from idea_support where supporter_id = ?
                order by supported_at""", subjectId)
            .build();
    }

    @Override
    public void erase(String subjectId) {
        sql.execute("""
            with withdrawn as (delete from idea_support where supporter_id = ? returning idea_id)
            update idea set support_count = support_count - 1, version = version + 1
            from withdrawn where idea.id = withdrawn.idea_id""", subjectId);
    }
}
