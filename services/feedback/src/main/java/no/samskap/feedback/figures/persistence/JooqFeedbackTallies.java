package no.samskap.feedback.figures.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.feedback.figures.application.FeedbackTallies;
import no.samskap.feedback.figures.application.Period;
import no.samskap.feedback.figures.domain.Tally;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/**
 * One pass over the municipality's feedback, grouped four ways at once ({@code grouping sets}): per event, per unit,
 * per month (in Oslo) and in all. Feedback is answered on time when its answer came by the date the municipality
 * had committed to (as the answer recorded it), and due when it is answered or that date has passed.
 */
@Singleton
class JooqFeedbackTallies implements FeedbackTallies {

    private static final String TALLIES = """
        with counted as (
            select f.event_id, f.unit, f.rating,
                   to_char(f.given_at at time zone 'Europe/Oslo', 'YYYY-MM') as month,
                   f.answered_at is not null as answered,
                   coalesce(f.answered_on_time, false) as on_time,
                   f.answered_at is not null or f.respond_by < ? as due
              from feedback f
             where f.municipality = ? and f.withdrawn_at is null
               and f.given_at >= ?::date::timestamp at time zone 'Europe/Oslo'
               and f.given_at < (?::date + 1)::timestamp at time zone 'Europe/Oslo')
        select event_id, unit, month, grouping(event_id) as by_event, grouping(unit) as by_unit,
               grouping(month) as by_month, count(*) as count,
               count(*) filter (where rating = 1) as r1, count(*) filter (where rating = 2) as r2,
               count(*) filter (where rating = 3) as r3, count(*) filter (where rating = 4) as r4,
               count(*) filter (where rating = 5) as r5,
               count(*) filter (where answered) as answered, count(*) filter (where on_time) as on_time,
               count(*) filter (where due) as due
          from counted
         group by grouping sets ((event_id), (unit), (month), ())""";

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

    private final DSLContext sql;

    JooqFeedbackTallies(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Tallies of(MunicipalityNumber municipality, Period period, LocalDate today) {
        var perEvent = new HashMap<UUID, Tally>();
        var perUnit = new HashMap<String, Tally>();
        var perMonth = new HashMap<YearMonth, Tally>();
        var total = Tally.none();
        var from = period.from() == null ? FIRST : period.from();
        for (var row : sql.fetch(TALLIES, today, municipality.value(), from, period.to())) {
            var tally = tally(row);
            if (grouped(row, "by_event")) {
                if (row.get("event_id") != null) {
                    perEvent.put(row.get("event_id", UUID.class), tally);
                }
            } else if (grouped(row, "by_unit")) {
                if (row.get("unit") != null) {
                    perUnit.put(row.get("unit", String.class), tally);
                }
            } else if (grouped(row, "by_month")) {
                perMonth.put(YearMonth.parse(row.get("month", String.class)), tally);
            } else {
                total = tally;
            }
        }
        return new Tallies(perEvent, perUnit, perMonth, total);
    }

    /** Whether the row is a group of this column: grouping() is 0 for the columns a row is grouped by. */
    private static boolean grouped(Record row, String grouping) {
        return row.get(grouping, Integer.class) == 0;
    }

    private static Tally tally(Record row) {
        return new Tally(count(row, "count"), List.of(count(row, "r1"), count(row, "r2"), count(row, "r3"),
            count(row, "r4"), count(row, "r5")), count(row, "answered"), count(row, "on_time"), count(row, "due"));
    }

    private static int count(Record row, String column) {
        return row.get(column, Integer.class);
    }
}
