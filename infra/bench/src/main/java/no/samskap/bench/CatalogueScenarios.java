package no.samskap.bench;

import no.samskap.gateway.events.calendar.CalendarCursor;
import no.samskap.gateway.events.calendar.CalendarForBenchmarks;
import no.samskap.gateway.events.calendar.CalendarQuery;
import no.samskap.gateway.events.calendar.EventCalendar;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryCursor;
import no.samskap.gateway.organisations.directory.DirectoryForBenchmarks;
import no.samskap.gateway.organisations.directory.DirectoryQuery;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The calendar's and the directory's reads as their pages and APIs make them, on Rana's and Ullensvang's share: the
 * first page of the upcoming events and a later one, a month, an idea's realising events (on every idea page), the
 * first page of the directory by name and of a search, and a later page of each. A later page starts after the middle
 * of the municipality's list (upcoming events, or associations by name), as a reader who followed "next" that far
 * would ask for it.
 */
final class CatalogueScenarios {

    private final DSLContext sql;
    private final EventCalendar calendar;
    private final AssociationDirectory directory;
    private final LocalDate today = LocalDate.now(CalendarQuery.OSLO);

    CatalogueScenarios(DSLContext sql) {
        this.sql = sql;
        this.calendar = CalendarForBenchmarks.calendar(sql);
        this.directory = DirectoryForBenchmarks.directory(sql);
    }

    List<Scenario> all() {
        var realisedIdeas = sql.fetch("select idea_ids[1] from event_calendar where status = 'completed'"
            + " and cardinality(idea_ids) > 0 limit 100").getValues(0, UUID.class);
        var month = YearMonth.from(today).plusMonths(1);
        var upcomingHalfway = Map.of(ReadModel.RANA, upcomingHalfway(ReadModel.RANA),
            ReadModel.ULLENSVANG, upcomingHalfway(ReadModel.ULLENSVANG));
        var directoryHalfway = Map.of(ReadModel.RANA, directoryHalfway(ReadModel.RANA),
            ReadModel.ULLENSVANG, directoryHalfway(ReadModel.ULLENSVANG));
        return List.of(
            new Scenario("calendar: upcoming events of a municipality, first page",
                i -> calendar.read(CalendarQuery.upcoming(municipality(i), today), Optional.empty()).events().size(),
                CalendarForBenchmarks.page(CalendarQuery.upcoming(ReadModel.RANA, today), Optional.empty())),
            new Scenario("calendar: upcoming events of a municipality, a later page",
                i -> calendar.read(CalendarQuery.upcoming(municipality(i), today), upcomingHalfway.get(municipality(i)))
                    .events().size(),
                CalendarForBenchmarks.page(CalendarQuery.upcoming(ReadModel.RANA, today),
                    upcomingHalfway.get(ReadModel.RANA))),
            new Scenario("calendar: next month",
                i -> calendar.search(month(municipality(i), month)).size(),
                CalendarForBenchmarks.search(month(ReadModel.RANA, month))),
            new Scenario("calendar: events that realised an idea (every idea page)",
                i -> calendar.realising(realisedIdeas.get(i % realisedIdeas.size())).size(),
                CalendarForBenchmarks.realising(realisedIdeas.get(0))),
            new Scenario("directory: a municipality's associations by name, first page",
                i -> directory.page(DirectoryQuery.all(municipality(i)), Optional.empty()).associations().size(),
                DirectoryForBenchmarks.page(DirectoryQuery.all(ReadModel.RANA), Optional.empty())),
            new Scenario("directory: a municipality's associations by name, a later page",
                i -> directory.page(DirectoryQuery.all(municipality(i)), directoryHalfway.get(municipality(i)))
                    .associations().size(),
                DirectoryForBenchmarks.page(DirectoryQuery.all(ReadModel.RANA), directoryHalfway.get(ReadModel.RANA))),
            new Scenario("directory: a word in name or description, first page",
                i -> directory.page(words(municipality(i), "korps"), Optional.empty()).associations().size(),
                DirectoryForBenchmarks.page(words(ReadModel.RANA, "korps"), Optional.empty())),
            new Scenario("directory: a word in name or description, a later page",
                i -> directory.page(words(municipality(i), "korps"), directoryHalfway.get(municipality(i)))
                    .associations().size(),
                DirectoryForBenchmarks.page(words(ReadModel.RANA, "korps"), directoryHalfway.get(ReadModel.RANA))));
    }

    /** After the middle of the municipality's upcoming events, in the list's order. */
    private Optional<CalendarCursor> upcomingHalfway(String municipality) {
        var where = CalendarQuery.upcoming(municipality, today).where();
        return sql.fetchOptional("select e.starts_at, e.id from event_calendar e where " + where.condition()
                + " order by e.starts_at, e.id offset (select count(*) / 2 from event_calendar e where "
                + where.condition() + ") limit 1",
                concat(where.bindings(), where.bindings()))
            .map(row -> new CalendarCursor(row.get(0, OffsetDateTime.class).toInstant(), row.get(1, UUID.class)));
    }

    /** After the middle of the municipality's associations, in the directory's order. */
    private Optional<DirectoryCursor> directoryHalfway(String municipality) {
        return sql.fetchOptional("select lower(name), id from association_directory where municipality = ?"
                + " order by lower(name), id offset (select count(*) / 2 from association_directory"
                + " where municipality = ?) limit 1", municipality, municipality)
            .map(row -> new DirectoryCursor(row.get(0, String.class), row.get(1, UUID.class)));
    }

    private static Object[] concat(List<Object> first, List<Object> second) {
        return Stream.concat(first.stream(), second.stream()).toArray();
    }

    private static CalendarQuery month(String municipality, YearMonth month) {
        return new CalendarQuery(municipality, Optional.empty(), Optional.empty(), month.atDay(1),
            Optional.of(month.atEndOfMonth()), false, List.of(), Optional.of(month));
    }

    private static DirectoryQuery words(String municipality, String words) {
        return new DirectoryQuery(municipality, words, "", "");
    }

    private static String municipality(int run) {
        return run % 2 == 0 ? ReadModel.RANA : ReadModel.ULLENSVANG;
    }
}
