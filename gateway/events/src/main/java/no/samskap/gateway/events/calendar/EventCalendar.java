package no.samskap.gateway.events.calendar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the public calendar; everything here may be shown to anyone. */
@Singleton
public class EventCalendar {

    static final String COLUMNS = """
        select e.id, e.municipality, e.status, e.title, e.description, e.hosting_unit, e.co_host_ids::text[],
               e.idea_ids::text[], e.venue_id, e.venue_name, e.venue_address, e.starts_at, e.ends_at, e.audience,
               e.target_groups, e.price_nok, e.capacity, coalesce(s.confirmed, 0) as confirmed,
               coalesce(s.waiting, 0) as waiting,
               case when e.capacity is null then null else greatest(e.capacity - coalesce(s.confirmed, 0), 0) end
                   as free_seats,
               e.accessibility, e.cancellation_reason
          from event_calendar e
          left join event_seats s on s.event_id = e.id
        """;

    /** Found through the ideas' index of completed events (V32), not by reading every event. */
    static final String REALISING = COLUMNS + " where e.status = 'completed' and e.idea_ids @> array[?::uuid]"
        + " order by e.starts_at desc, e.id";

    /** How many events a page of the list shows. */
    public static final int PAGE = 50;

    private final DSLContext sql;

    EventCalendar(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public Optional<CalendarEntry> find(UUID id) {
        return sql.fetchOptional(COLUMNS + " where e.id = ?", id).map(EventCalendar::entry);
    }

    /** Every event the query admits, soonest first: a month's, which is bounded. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> search(CalendarQuery query) {
        var where = query.where();
        return sql.fetch(search(where), where.bindings().toArray()).map(EventCalendar::entry);
    }

    /**
     * What the query admits, soonest first: a month whole, the list a page at a time after {@code after}, with the
     * cursor of the next page when more follow.
     */
    @Transactional(readOnly = true)
    public CalendarEntries read(CalendarQuery query, Optional<CalendarCursor> after) {
        if (query.isMonthView()) {
            return new CalendarEntries(search(query), Optional.empty());
        }
        var page = page(query, after);
        var events = sql.fetch(page.text(), page.bindings().toArray()).map(EventCalendar::entry);
        if (events.size() <= PAGE) {
            return new CalendarEntries(events, Optional.empty());
        }
        var last = events.get(PAGE - 1);
        return new CalendarEntries(events.subList(0, PAGE),
            Optional.of(new CalendarCursor(last.startsAt(), UUID.fromString(last.id())).encode()));
    }

    /** The completed events that carried the idea out, the latest first. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> realising(UUID idea) {
        return sql.fetch(REALISING, idea).map(EventCalendar::entry);
    }

    /** Every event the municipality ever published, soonest first, for its open data. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> all(String municipality) {
        return sql.fetch(COLUMNS + " where e.municipality = ? order by e.starts_at, e.id", municipality)
            .map(EventCalendar::entry);
    }

    static String search(CalendarQuery.Where where) {
        return COLUMNS + " where " + where.condition() + " order by e.starts_at, e.id";
    }

    /**
     * One page of the list and one event more, to know whether another page follows: read from the index in start
     * order after the cursor's start and id (V32), never more than that.
     */
    static Statement page(CalendarQuery query, Optional<CalendarCursor> after) {
        var where = query.where(after);
        var bindings = new ArrayList<>(where.bindings());
        bindings.add(PAGE + 1);
        return new Statement(COLUMNS + " where " + where.condition() + " order by e.starts_at, e.id limit ?",
            List.copyOf(bindings));
    }

    /** A statement and its values in order. */
    record Statement(String text, List<Object> bindings) {
    }

    static CalendarEntry entry(Record row) {
        var venueId = row.get("venue_id", UUID.class);
        return new CalendarEntry(row.get("id", UUID.class).toString(), row.get("municipality", String.class),
            row.get("status", String.class), row.get("title", String.class), row.get("description", String.class),
            row.get("hosting_unit", String.class), list(row, "co_host_ids"), list(row, "idea_ids"),
            venueId == null ? null : venueId.toString(), row.get("venue_name", String.class),
            row.get("venue_address", String.class), row.get("starts_at", OffsetDateTime.class).toInstant(),
            row.get("ends_at", OffsetDateTime.class).toInstant(), row.get("audience", String.class),
            list(row, "target_groups"), row.get("price_nok", Integer.class), row.get("capacity", Integer.class),
            row.get("confirmed", Integer.class), row.get("waiting", Integer.class),
            row.get("free_seats", Integer.class), list(row, "accessibility"),
            row.get("cancellation_reason", String.class));
    }

    private static List<String> list(Record row, String column) {
        var values = row.get(column, String[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
