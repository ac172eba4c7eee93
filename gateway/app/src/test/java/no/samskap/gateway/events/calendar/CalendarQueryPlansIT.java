package no.samskap.gateway.events.calendar;

import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With 100,000 events over five years in the calendar, the upcoming events of a municipality are read from the index
 * in start order from a bounded start, and an idea's realising events (the calendar's and the feedback's) are found
 * through their ideas' index, never by reading every event; a page of the list is read from the index after its
 * cursor, without sorting. Plans, not timings: timings belong to the benchmarks.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarQueryPlansIT {

    private static final UUID REALISED_IDEA = UUID.fromString("5e1d7a11-0000-4000-8000-000000000042");

    private TestInfrastructure infrastructure;
    private String schema;

    @BeforeAll
    void fillTheCalendar(TestInfrastructure infrastructure) throws SQLException {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("gateway");
        for (var module : List.of("gateway-events", "gateway-feedback")) {
            Flyway.configure().dataSource(infrastructure.jdbcUrl(schema), infrastructure.postgres().user(),
                    infrastructure.postgres().password()).table("flyway_" + module.replace('-', '_'))
                .baselineOnMigrate(true).baselineVersion("0").locations("classpath:db/" + module).schemas(schema).defaultSchema(schema)
                .load().migrate();
        }
        try (var connection = infrastructure.connect(schema); var statement = connection.createStatement()) {
            statement.execute("""
                insert into event_calendar (id, municipality, status, title, description, hosting_unit, idea_ids,
                                            starts_at, ends_at, audience, published_at, updated_at)
                select gen_random_uuid(), (array['1833', '4618', '5001', '3001', '1101'])[1 + n % 5],
                       case when n < 80000 then 'completed' else 'published' end, 'Arrangement ' || n, '',
                       'bibliotek',
                       case when n % 50 = 0 then array[gen_random_uuid()] else '{}'::uuid[] end,
                       timestamptz '2023-01-01 18:00:00Z' + n * interval '26 minutes',
                       timestamptz '2023-01-01 20:00:00Z' + n * interval '26 minutes', 'alle',
                       timestamptz '2023-01-01 00:00:00Z', timestamptz '2023-01-01 00:00:00Z'
                from generate_series(1, 100000) as n""");
            statement.execute("update event_calendar set idea_ids = array['" + REALISED_IDEA + "'::uuid]"
                + " where id in (select id from event_calendar where status = 'completed' limit 3)");
            statement.execute("""
                insert into feedback_event (id, municipality, title, hosting_unit, starts_at, idea_ids)
                select id, municipality, title, hosting_unit, starts_at, idea_ids from event_calendar""");
            statement.execute("analyze event_calendar");
            statement.execute("analyze feedback_event");
        }
    }

    @Test
    void readsAMunicipalitysUpcomingEventsFromTheIndexInStartOrderFromABoundedStart() throws SQLException {
        var where = CalendarQuery.upcoming("1833", LocalDate.parse("2027-06-01")).where();

        var plan = plan(EventCalendar.search(where), where.bindings());

        assertTrue(plan.contains("event_calendar_by_start"), plan);
        assertTrue(plan.contains("starts_at >="), "the index scan starts at the bounded start: " + plan);
        assertFalse(plan.contains("Seq Scan on event_calendar"), plan);
    }

    @Test
    void readsAPageOfTheListAfterItsCursorFromTheIndexWithoutSortingTheMunicipalitysEvents() throws SQLException {
        var upcoming = CalendarQuery.upcoming("1833", LocalDate.parse("2025-06-01"));
        var cursor = new CalendarCursor(Instant.parse("2026-01-01T00:00:00Z"), UUID.randomUUID());

        var first = plan(EventCalendar.page(upcoming, Optional.empty()));
        var later = plan(EventCalendar.page(upcoming, Optional.of(cursor)));

        assertAll(
            () -> assertTrue(first.contains("Index Scan using event_calendar_by_start"), first),
            () -> assertFalse(first.contains("Sort"), "read in the index's order: " + first),
            () -> assertTrue(later.contains("Index Scan using event_calendar_by_start"), later),
            () -> assertTrue(later.contains("ROW(starts_at, id) >"), "the index scan starts at the cursor: " + later),
            () -> assertFalse(later.contains("Sort"), "read in the index's order: " + later));
    }

    @Test
    void findsTheCompletedEventsThatRealisedAnIdeaThroughTheIdeasIndex() throws SQLException {
        var plan = plan(EventCalendar.REALISING, List.of(REALISED_IDEA));

        assertTrue(plan.contains("event_calendar_realising"), plan);
        assertFalse(plan.contains("Seq Scan on event_calendar"), plan);
    }

    @Test
    void findsTheFeedbacksEventsOfAnIdeaThroughTheIdeasIndex() throws SQLException {
        var plan = plan(FeedbackBoard.REALISING, List.of(REALISED_IDEA));

        assertTrue(plan.contains("feedback_event_by_idea"), plan);
        assertFalse(plan.contains("Seq Scan on feedback_event"), plan);
    }

    private String plan(EventCalendar.Statement statement) throws SQLException {
        return plan(statement.text(), statement.bindings());
    }

    private String plan(String statement, List<Object> bindings) throws SQLException {
        try (var connection = infrastructure.connect(schema);
             var explain = connection.prepareStatement("explain " + statement)) {
            for (int i = 0; i < bindings.size(); i++) {
                explain.setObject(i + 1, bindings.get(i));
            }
            var lines = new ArrayList<String>();
            try (var rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }
}
