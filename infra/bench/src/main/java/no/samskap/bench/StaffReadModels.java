package no.samskap.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The staff inbox's and the dashboard's tables, filled from the generated board the way their projections would have
 * filled them from the same messages: every idea in the inbox's table with its status and response date, its answer
 * clock, and the ideas, supports and comments of each day.
 */
final class StaffReadModels {

    private StaffReadModels() {
    }

    static void fill(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("""
                insert into staff_inbox_idea (id, municipality, title, body, status, submitted_at, respond_by,
                                              hidden_at, hidden_reason, hidden_by, updated_at)
                select id, municipality, title, body, status, submitted_at, respond_by, hidden_at,
                       case when hidden_at is not null then 'Personopplysninger' end,
                       case when hidden_at is not null then 'bench-staff' end, updated_at
                from idea_board""");
            statement.execute("""
                insert into dashboard_answer_clock (idea_id, municipality, submitted_at, published_at, first_answer_at,
                                                    answered_at, closed_at)
                select id, municipality, submitted_at, published_at,
                       case when status in ('under-assessment', 'accepted', 'not-possible', 'already-exists', 'realised')
                            then published_at + interval '12 days' end,
                       case when status in ('accepted', 'not-possible', 'already-exists', 'realised')
                            then published_at + interval '25 days' end,
                       case when status in ('rejected', 'withdrawn') then submitted_at + interval '2 days' end
                from idea_board""");
            statement.execute("""
                insert into dashboard_participation (municipality, day, ideas_submitted, supports_given, comments_added)
                select municipality, (submitted_at at time zone 'Europe/Oslo')::date, count(*),
                       sum(support_count), sum(comment_count)
                from idea_board group by 1, 2""");
            statement.execute("vacuum analyze staff_inbox_idea");
            statement.execute("vacuum analyze dashboard_answer_clock");
            statement.execute("vacuum analyze dashboard_participation");
            statement.execute("vacuum analyze dashboard_idea_count");
        }
    }
}
