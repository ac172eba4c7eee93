package no.samskap.bench;

import no.samskap.gateway.events.calendar.CalendarForBenchmarks;
import no.samskap.gateway.events.calendar.CalendarQuery;
import no.samskap.gateway.events.calendar.EventCalendar;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryForBenchmarks;
import no.samskap.gateway.organisations.directory.DirectoryQuery;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The calendar's and the directory's reads as their pages and APIs make them, on Rana's and Ullensvang's share: the
 * upcoming events, a month, an idea's realising events (on every idea page), the directory by name and a search.
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
        return List.of(
            new Scenario("calendar: upcoming events of a municipality",
                i -> calendar.search(CalendarQuery.upcoming(municipality(i), today)).size(),
                CalendarForBenchmarks.search(CalendarQuery.upcoming(ReadModel.RANA, today))),
            new Scenario("calendar: next month",
                i -> calendar.search(month(municipality(i), month)).size(),
                CalendarForBenchmarks.search(month(ReadModel.RANA, month))),
            new Scenario("calendar: events that realised an idea (every idea page)",
                i -> calendar.realising(realisedIdeas.get(i % realisedIdeas.size())).size(),
                CalendarForBenchmarks.realising(realisedIdeas.get(0))),
            new Scenario("directory: a municipality's associations by name",
                i -> directory.search(DirectoryQuery.all(municipality(i))).size(),
                DirectoryForBenchmarks.search(DirectoryQuery.all(ReadModel.RANA))),
            new Scenario("directory: a word in name or description",
                i -> directory.search(words(municipality(i), "korps")).size(),
                DirectoryForBenchmarks.search(words(ReadModel.RANA, "korps"))));
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
