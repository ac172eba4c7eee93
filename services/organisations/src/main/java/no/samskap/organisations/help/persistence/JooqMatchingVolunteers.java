package no.samskap.organisations.help.persistence;

import jakarta.inject.Singleton;
import no.samskap.organisations.help.application.MatchingVolunteers;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Set;

/** Reads the volunteer profiles' own table: consent to be contacted and an overlap of skills. */
@Singleton
class JooqMatchingVolunteers implements MatchingVolunteers {

    private final DSLContext sql;

    JooqMatchingVolunteers(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public List<String> consentingWithAnyOf(String municipality, Set<String> skills) {
        return sql.fetch("""
                select person_id from volunteer
                where municipality = ? and contact_consent and skills && ?::text[] order by person_id""",
            municipality, skills.toArray(String[]::new)).map(row -> row.get(0, String.class));
    }
}
