package no.samskap.gateway.feedback.readmodel;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Reads the feedback read model: what anyone may see, the staff's work lists and the figures. */
@Singleton
public class FeedbackBoard {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final String COLUMNS = """
        select f.id, f.municipality, f.event_id, e.title as event_title, f.unit, f.rating, f.text, f.wish_next,
               f.anonymous, f.respond_by, f.given_at, f.edited_at, f.status, f.hidden_reason, f.answered_at,
               f.answer_public, f.answer_text, f.answered_on_time, f.idea_id, f.idea_title
          from feedback_board f
          left join feedback_event e on e.id = f.event_id
        """;
    private static final String SUMMARY = """
        select count(*) as n, coalesce(avg(f.rating), 0) as average,
               count(*) filter (where f.rating = 1) as r1, count(*) filter (where f.rating = 2) as r2,
               count(*) filter (where f.rating = 3) as r3, count(*) filter (where f.rating = 4) as r4,
               count(*) filter (where f.rating = 5) as r5,
               count(f.answered_at) as answered, count(*) filter (where f.answered_on_time) as on_time
        """;

    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 30);

    /** Containment, not {@code = any}: only containment is answered from the GIN index on {@code idea_ids}. */
    public static final String REALISING = "select id, title, starts_at from feedback_event where idea_ids @> array[?::uuid]"
        + " order by starts_at";

    private final DSLContext sql;

    FeedbackBoard(DSLContext sql) {
        this.sql = sql;
    }

    /** Any piece the read model holds, hidden or not: the caller decides who may see a hidden one. */
    @Transactional(readOnly = true)
    public Optional<BoardEntry> find(UUID id) {
        return sql.fetchOptional(COLUMNS + " where f.id = ?", id).map(FeedbackBoard::entry);
    }

    /** The visible feedback on a unit, newest first. */
    @Transactional(readOnly = true)
    public List<BoardEntry> aboutUnit(String municipality, String unit, int limit) {
        return sql.fetch(COLUMNS + " where f.municipality = ? and f.unit = ? and f.status = 'visible'"
            + " order by f.given_at desc, f.id limit ?", municipality, unit, limit).map(FeedbackBoard::entry);
    }

    /** The visible feedback on an event, newest first. */
    @Transactional(readOnly = true)
    public List<BoardEntry> aboutEvent(UUID event, int limit) {
        return sql.fetch(COLUMNS + " where f.event_id = ? and f.status = 'visible' order by f.given_at desc, f.id"
            + " limit ?", event, limit).map(FeedbackBoard::entry);
    }

    /** Feedback on the unit or on its events that was made an idea. */
    @Transactional(readOnly = true)
    public List<BoardEntry> ideasOfUnit(String municipality, String unit) {
        return sql.fetch(COLUMNS + " where f.municipality = ? and f.idea_id is not null and f.status = 'visible'"
            + " and (f.unit = ? or e.hosting_unit = ?) order by f.given_at desc, f.id", municipality, unit, unit)
            .map(FeedbackBoard::entry);
    }

    /** Not yet answered, soonest committed date first. */
    @Transactional(readOnly = true)
    public List<BoardEntry> awaitingAnswer(String municipality) {
        return sql.fetch(COLUMNS + " where f.municipality = ? and f.answered_at is null"
            + " order by f.respond_by, f.given_at, f.id", municipality).map(FeedbackBoard::entry);
    }

    @Transactional(readOnly = true)
    public Optional<String> eventHostingUnit(UUID event) {
        return sql.fetchOptional("select hosting_unit from feedback_event where id = ?", event)
            .map(row -> row.get("hosting_unit", String.class));
    }

    @Transactional(readOnly = true)
    public Optional<String> eventTitle(UUID event) {
        return sql.fetchOptional("select title from feedback_event where id = ?", event)
            .map(row -> row.get("title", String.class));
    }

    /** Hidden feedback of the municipality, most recently given first, for the moderation queue. */
    @Transactional(readOnly = true)
    public List<BoardEntry> hidden(String municipality) {
        return sql.fetch(COLUMNS + " where f.municipality = ? and f.status = 'hidden' order by f.given_at desc, f.id",
            municipality).map(FeedbackBoard::entry);
    }

    @Transactional(readOnly = true)
    public List<Unit> units(String municipality) {
        return sql.fetch("select * from feedback_unit where municipality = ? order by position, code", municipality)
            .map(FeedbackBoard::unit);
    }

    @Transactional(readOnly = true)
    public Optional<Unit> unit(String municipality, String code) {
        return sql.fetchOptional("select * from feedback_unit where municipality = ? and code = ?", municipality,
            code).map(FeedbackBoard::unit);
    }

    /** Events that realise {@code idea}, soonest first. */
    @Transactional(readOnly = true)
    public List<RealisingEvent> realising(UUID idea) {
        return sql.fetch(REALISING, idea).map(row -> new RealisingEvent(row.get("id", UUID.class).toString(), row.get("title", String.class),
            row.get("starts_at", OffsetDateTime.class).toInstant()));
    }

    @Transactional(readOnly = true)
    public Summary ofUnit(String municipality, String unit) {
        return summary(sql.fetchOne(SUMMARY + " from feedback_board f where f.municipality = ? and f.unit = ?",
            municipality, unit));
    }

    /** Everything given in the municipality in the period (dates in Norway), hidden or not, never withdrawn. */
    @Transactional(readOnly = true)
    public Summary ofPeriod(String municipality, LocalDate from, LocalDate to) {
        return summary(sql.fetchOne(SUMMARY + " from feedback_board f where f.municipality = ?"
            + " and f.given_at >= ?::timestamptz and f.given_at < ?::timestamptz", municipality, start(from), start(to.plusDays(1))));
    }

    /** Per unit and per event, for open data and the dashboard; {@code from}/{@code to} null for all time. */
    @Transactional(readOnly = true)
    public List<FiguresRow> figures(String municipality, LocalDate from, LocalDate to) {
        var period = " and f.given_at >= ?::timestamptz and f.given_at < ?::timestamptz";
        var since = start(from == null ? FIRST_DAY : from);
        var until = start((to == null ? LAST_DAY : to).plusDays(1));
        var perUnit = sql.fetch(SUMMARY + ", f.unit as key, coalesce(u.name_nb, f.unit) as name"
            + " from feedback_board f left join feedback_unit u on u.municipality = f.municipality and u.code = f.unit"
            + " where f.municipality = ? and f.unit is not null" + period
            + " group by f.unit, u.name_nb, u.position order by u.position nulls last, f.unit", municipality, since,
                until)
            .map(row -> new FiguresRow("unit", row.get("key", String.class), row.get("name", String.class),
                summary(row)));
        var perEvent = sql.fetch(SUMMARY + ", f.event_id::text as key, coalesce(e.title, f.event_id::text) as name"
            + " from feedback_board f left join feedback_event e on e.id = f.event_id"
            + " where f.municipality = ? and f.event_id is not null" + period
            + " group by f.event_id, e.title, e.starts_at order by e.starts_at nulls last, f.event_id", municipality,
                since, until)
            .map(row -> new FiguresRow("event", row.get("key", String.class), row.get("name", String.class),
                summary(row)));
        return Stream.concat(perUnit.stream(), perEvent.stream()).toList();
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(NORWAY).toOffsetDateTime();
    }

    private static Summary summary(Record row) {
        var count = row.get("n", Integer.class);
        if (count == null || count == 0) {
            return Summary.NONE;
        }
        var average = Math.round(row.get("average", Double.class) * 10) / 10.0;
        return new Summary(count, average, List.of(row.get("r1", Integer.class), row.get("r2", Integer.class),
            row.get("r3", Integer.class), row.get("r4", Integer.class), row.get("r5", Integer.class)),
            row.get("answered", Integer.class), row.get("on_time", Integer.class));
    }

    private static Unit unit(Record row) {
        return new Unit(row.get("municipality", String.class), row.get("code", String.class),
            row.get("name_nb", String.class), row.get("name_nn", String.class), row.get("name_en", String.class));
    }

    private static BoardEntry entry(Record row) {
        var event = row.get("event_id", UUID.class);
        var idea = row.get("idea_id", UUID.class);
        var edited = row.get("edited_at", OffsetDateTime.class);
        var answered = row.get("answered_at", OffsetDateTime.class);
        return new BoardEntry(row.get("id", UUID.class).toString(), row.get("municipality", String.class),
            event == null ? null : event.toString(), row.get("event_title", String.class),
            row.get("unit", String.class), row.get("rating", Integer.class), row.get("text", String.class),
            row.get("wish_next", String.class), row.get("anonymous", Boolean.class),
            row.get("respond_by", LocalDate.class), row.get("given_at", OffsetDateTime.class).toInstant(),
            edited == null ? null : edited.toInstant(), "hidden".equals(row.get("status", String.class)),
            row.get("hidden_reason", String.class), answered == null ? null : answered.toInstant(),
            row.get("answer_public", Boolean.class), row.get("answer_text", String.class),
            row.get("answered_on_time", Boolean.class), idea == null ? null : idea.toString(),
            row.get("idea_title", String.class));
    }
}
