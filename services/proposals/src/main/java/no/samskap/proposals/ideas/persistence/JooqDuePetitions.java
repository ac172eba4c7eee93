package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.DuePetitions;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Finds council deadlines through the index of petitions awaiting the council, and locks what it hands out with
 * {@code for update skip locked}, as {@link JooqDueAnswers} does for response dates.
 */
@Singleton
class JooqDuePetitions implements DuePetitions {

    private final DSLContext sql;

    JooqDuePetitions(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public List<Due> toRemindOn(LocalDate day, int limit) {
        return sql.fetch("""
                select p.idea_id, p.council_deadline
                from petition p left join municipality_settings s on s.municipality = p.municipality
                where p.sent_at is not null and p.outcome is null and not p.reminded
                  and p.council_deadline >= ?::date
                  and p.council_deadline - coalesce(s.response_reminder_days, ?) <= ?::date
                order by p.council_deadline, p.idea_id
                limit ?
                for update of p skip locked""",
            day, MunicipalitySettings.DEFAULT_RESPONSE_REMINDER_DAYS, day, limit).map(JooqDuePetitions::due);
    }

    @Override
    public List<Due> passedBy(LocalDate day, int limit) {
        return sql.fetch("""
                select p.idea_id, p.council_deadline
                from petition p
                where p.sent_at is not null and p.outcome is null and not p.passing_told
                  and p.council_deadline < ?::date
                order by p.council_deadline, p.idea_id
                limit ?
                for update of p skip locked""", day, limit).map(JooqDuePetitions::due);
    }

    @Override
    public void reminded(Due due) {
        sql.execute("update petition set reminded = true where idea_id = ?", due.idea().value());
    }

    @Override
    public void passingTold(Due due) {
        sql.execute("update petition set reminded = true, passing_told = true where idea_id = ?", due.idea().value());
    }

    private static Due due(Record row) {
        return new Due(new IdeaId(row.get("idea_id", UUID.class)), row.get("council_deadline", LocalDate.class));
    }
}
