package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.DueAnswers;
import no.samskap.proposals.ideas.domain.IdeaId;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Finds due answers through the index of ideas under assessment by date, and locks what it hands out with
 * {@code for update skip locked}, so two instances running at once split the work rather than tell twice.
 */
@Singleton
class JooqDueAnswers implements DueAnswers {

    private static final String COMMITTED_BY = """
        (select t.actor_id from idea_timeline t
         where t.idea_id = i.id and t.status = 'UNDER_ASSESSMENT'
           and (t.moderation is null or t.moderation = 'RESPONSE_DATE_CHANGED')
         order by t.position desc limit 1) as committed_by""";

    private final DSLContext sql;

    JooqDueAnswers(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public List<Due> toRemindOn(LocalDate day, int limit) {
        return sql.fetch("""
                select i.id, i.respond_by, %s
                from idea i left join municipality_settings s on s.municipality = i.municipality
                where i.status = 'UNDER_ASSESSMENT' and i.respond_by >= ?::date
                  and i.respond_by - coalesce(s.response_reminder_days, 7) <= ?::date
                  and i.reminded_for is distinct from i.respond_by
                order by i.respond_by, i.id
                limit ?
                for update of i skip locked""".formatted(COMMITTED_BY), day, day, limit)
            .map(JooqDueAnswers::due);
    }

    @Override
    public List<Due> passedBy(LocalDate day, int limit) {
        return sql.fetch("""
                select i.id, i.respond_by, %s
                from idea i
                where i.status = 'UNDER_ASSESSMENT' and i.respond_by < ?::date
                  and i.passing_told_for is distinct from i.respond_by
                order by i.respond_by, i.id
                limit ?
                for update of i skip locked""".formatted(COMMITTED_BY), day, limit)
            .map(JooqDueAnswers::due);
    }

    @Override
    public void reminded(Due due) {
        sql.execute("update idea set reminded_for = ? where id = ?", due.respondBy(), due.idea().value());
    }

    @Override
    public void passingTold(Due due) {
        sql.execute("update idea set passing_told_for = ? where id = ?", due.respondBy(), due.idea().value());
    }

    private static Due due(Record row) {
        return new Due(new IdeaId(row.get("id", UUID.class)), row.get("respond_by", LocalDate.class),
            row.get("committed_by", String.class));
    }
}
