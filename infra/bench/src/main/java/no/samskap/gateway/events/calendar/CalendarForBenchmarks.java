package no.samskap.gateway.events.calendar;

import no.samskap.gateway.ideas.readmodel.BoardForBenchmarks.Sql;
import org.jooq.DSLContext;

import java.util.Optional;
import java.util.UUID;

/**
 * The gateway's event calendar as the benchmark runs it: the same class and statements on a jOOQ context of one
 * connection. Lives in the gateway's package because {@link EventCalendar}'s constructor and statements are
 * package-private, as they should be.
 */
public final class CalendarForBenchmarks {

    private CalendarForBenchmarks() {
    }

    public static EventCalendar calendar(DSLContext sql) {
        return new EventCalendar(sql);
    }

    /** The statement and values the calendar's list runs for a page of the query after the cursor, for its plan. */
    public static Sql page(CalendarQuery query, Optional<CalendarCursor> after) {
        var page = EventCalendar.page(query, after);
        return new Sql(page.text(), page.bindings().toArray());
    }

    /** The statement and values the calendar runs for the whole query (a month), for its plan. */
    public static Sql search(CalendarQuery query) {
        var where = query.where();
        return new Sql(EventCalendar.search(where), where.bindings().toArray());
    }

    public static Sql realising(UUID idea) {
        return new Sql(EventCalendar.REALISING, new Object[] {idea});
    }
}
