package no.samskap.gateway.feedback.dashboard;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.dashboard.FeedbackFigures.Figure;
import no.samskap.gateway.shell.dashboard.Period;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds up the module's own copy of the feedback in one grouped query, so the total and the three cuts always agree.
 * The copy answers even when the service does not, and it holds every column the figures need (ADR 0039).
 */
@Singleton
class FeedbackFiguresQuery {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final DSLContext sql;
    private final Clock clock;

    FeedbackFiguresQuery(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FeedbackFigures figures(String municipality, Period period) {
        var start = period.firstDay();
        var today = LocalDate.now(clock.withZone(NORWAY));
        var rows = sql.fetch("""
                select grouping(f.event_id) as not_event, grouping(f.unit) as not_unit,
                       grouping(to_char(f.given_at at time zone 'Europe/Oslo', 'YYYY-MM')) as not_month,
                       f.event_id::text as event, f.unit,
                       to_char(f.given_at at time zone 'Europe/Oslo', 'YYYY-MM') as month,
                       min(e.title) as title, min(e.starts_at) as starts_at, min(u.name_nb) as unit_name,
                       min(u.position) as position,
                       count(*) as n, avg(f.rating)::float8 as average,
                       count(*) filter (where f.rating = 1) as r1, count(*) filter (where f.rating = 2) as r2,
                       count(*) filter (where f.rating = 3) as r3, count(*) filter (where f.rating = 4) as r4,
                       count(*) filter (where f.rating = 5) as r5,
                       count(*) filter (where f.answered_at is not null or f.respond_by < ?::date) as due,
                       count(*) filter (where f.answered_on_time) as on_time
                  from feedback_board f
                  left join feedback_event e on e.id = f.event_id
                  left join feedback_unit u on u.municipality = f.municipality and u.code = f.unit
                 where f.municipality = ? and f.given_at >= ?::timestamptz and f.given_at < ?::timestamptz
                 group by grouping sets ((f.event_id), (f.unit),
                                         (to_char(f.given_at at time zone 'Europe/Oslo', 'YYYY-MM')), ())
                 order by starts_at nulls last, position nulls last, f.unit, month, event""",
            today.toString(), municipality, start.atStartOfDay(NORWAY).toOffsetDateTime(),
            period.to().plusDays(1).atStartOfDay(NORWAY).toOffsetDateTime());
        var total = none();
        var byEvent = new ArrayList<Figure>();
        var byUnit = new ArrayList<Figure>();
        var byMonth = new ArrayList<Figure>();
        for (var row : rows) {
            if (isGroupOf(row, "not_event") && row.get("event") != null) {
                byEvent.add(figure(row, row.get("event", String.class), orElse(row, "title", "event")));
            } else if (isGroupOf(row, "not_unit") && row.get("unit") != null) {
                byUnit.add(figure(row, row.get("unit", String.class), orElse(row, "unit_name", "unit")));
            } else if (isGroupOf(row, "not_month")) {
                byMonth.add(figure(row, row.get("month", String.class), row.get("month", String.class)));
            } else if (!isGroupOf(row, "not_event") && !isGroupOf(row, "not_unit")) {
                total = figure(row, "all", "all");
            }
        }
        return new FeedbackFigures(total, byEvent, byUnit, byMonth);
    }

    private static boolean isGroupOf(Record row, String notColumn) {
        return row.get(notColumn, Integer.class) == 0;
    }

    private static String orElse(Record row, String column, String fallback) {
        return Optional.ofNullable(row.get(column, String.class)).orElse(row.get(fallback, String.class));
    }

    private static Figure none() {
        return new Figure("all", "all", 0, null, List.of(0, 0, 0, 0, 0), 0, 0, null);
    }

    private static Figure figure(Record row, String key, String name) {
        var count = row.get("n", Integer.class);
        if (count == 0) {
            return none();
        }
        var due = row.get("due", Integer.class);
        var onTime = row.get("on_time", Integer.class);
        var average = Math.round(row.get("average", Double.class) * 10) / 10.0;
        return new Figure(key, name, count, average, List.of(row.get("r1", Integer.class), row.get("r2", Integer.class),
            row.get("r3", Integer.class), row.get("r4", Integer.class), row.get("r5", Integer.class)), due, onTime,
            due == 0 ? null : (int) Math.round(100.0 * onTime / due));
    }
}
