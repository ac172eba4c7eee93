package no.samskap.gateway.ideas.readmodel;

import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rows all of a municipality's ideas share (the inbox's tally, the dashboard's counts by day and month, the
 * board's version) are written when a transaction commits (V34, ADR 0072): transactions changing different ideas
 * do not wait for each other, and what they leave is exactly what counting the board again gives.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedCountsAtCommitIT {

    private static final String RANA = "1833";
    private static final String ULLENSVANG = "4625";

    private TestInfrastructure infrastructure;
    private String schema;

    @BeforeAll
    void migrate(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        schema = IdeasSchema.migrated(infrastructure);
    }

    @Test
    void transactionsChangingOtherIdeasOfTheSameMunicipalitiesDoNotWaitForEachOther() throws SQLException {
        try (var first = transaction(); var second = transaction()) {
            submit(first, RANA, "submitted");
            submit(first, ULLENSVANG, "submitted");
            submit(second, ULLENSVANG, "submitted");
            submit(second, RANA, "under-assessment");
            second.commit();
            first.commit();
        }
        assertCountsAreTheBoardsRecount();
    }

    @Test
    void changesAndDeletionsLeaveTheCountsOfTheBoardAsItIs() throws SQLException {
        List<UUID> ideas = new ArrayList<>();
        try (var connection = transaction()) {
            for (int i = 0; i < 5; i++) {
                ideas.add(submit(connection, i % 2 == 0 ? RANA : ULLENSVANG, "submitted"));
            }
            connection.commit();
        }
        try (var connection = transaction()) {
            update(connection, "update idea_board set status = 'published', service_area = 'kultur' where id = ?",
                ideas.get(0));
            update(connection, "update staff_inbox_idea set status = 'under-assessment', respond_by = current_date"
                + " where id = ?", ideas.get(0));
            update(connection, "update staff_inbox_idea set hidden_at = now() where id = ?", ideas.get(1));
            update(connection, "delete from idea_board where id = ?", ideas.get(2));
            update(connection, "delete from staff_inbox_idea where id = ?", ideas.get(2));
            update(connection, "update idea_board set support_count = support_count + 1 where id = ?", ideas.get(3));
            connection.commit();
        }
        assertCountsAreTheBoardsRecount();
    }

    @Test
    void aTransactionRolledBackLeavesNeitherCountsNorNotes() throws SQLException {
        var before = counts();
        try (var connection = transaction()) {
            submit(connection, RANA, "submitted");
            connection.rollback();
        }
        assertEquals(before, counts());
        assertEquals(0, one("select (select count(*) from staff_inbox_tally_note)"
            + " + (select count(*) from dashboard_idea_count_note) + (select count(*) from idea_board_version_note)"));
    }

    @Test
    void theBoardsVersionIsTheIdOfTheLastTransactionThatChangedIt() throws SQLException {
        long committed;
        try (var connection = transaction()) {
            submit(connection, ULLENSVANG, "submitted");
            committed = oneOn(connection, "select pg_current_xact_id()::text::bigint");
            connection.commit();
        }
        assertEquals(committed, one("select version from idea_board_version where municipality = '" + ULLENSVANG
            + "'"));
    }

    private void assertCountsAreTheBoardsRecount() throws SQLException {
        assertSameRows("""
                select municipality, status, hidden_at is null, staff_inbox_due(status, respond_by), count(*)::int
                from staff_inbox_idea group by 1, 2, 3, 4""",
            "select municipality, status, visible, respond_by, ideas from staff_inbox_tally where ideas <> 0",
            "the inbox's tally");
        assertSameRows("""
                select i.municipality, dashboard_day(i.submitted_at), c.facet, c.code, count(*)::int
                from idea_board i
                cross join lateral dashboard_idea_codes(i.status, i.service_area, i.strategic_values, i.target_groups) c
                group by 1, 2, 3, 4""",
            "select municipality, day, facet, code, ideas from dashboard_idea_count where ideas <> 0",
            "the dashboard's counts by day");
        assertSameRows("""
                select i.municipality, date_trunc('month', dashboard_day(i.submitted_at))::date, c.facet, c.code,
                       count(*)::int
                from idea_board i
                cross join lateral dashboard_idea_codes(i.status, i.service_area, i.strategic_values, i.target_groups) c
                group by 1, 2, 3, 4""",
            "select municipality, month, facet, code, ideas from dashboard_idea_count_by_month where ideas <> 0",
            "the dashboard's counts by month");
        assertSameRows("select distinct municipality from idea_board",
            "select municipality from idea_board_version where municipality in (select municipality from idea_board)",
            "the board's versions");
        assertEquals(0, one("select (select count(*) from staff_inbox_tally_note)"
            + " + (select count(*) from dashboard_idea_count_note) + (select count(*) from idea_board_version_note)"),
            "notes left after commit");
    }

    private void assertSameRows(String recount, String kept, String what) throws SQLException {
        assertEquals(0, one("select count(*) from (((" + recount + ") except all (" + kept + ")) union all (("
            + kept + ") except all (" + recount + "))) differing"), what + " against a recount");
    }

    private List<Long> counts() throws SQLException {
        return List.of(one("select coalesce(sum(ideas), 0) from staff_inbox_tally"),
            one("select coalesce(sum(ideas), 0) from dashboard_idea_count"),
            one("select coalesce(sum(ideas), 0) from dashboard_idea_count_by_month"),
            one("select coalesce(sum(version), 0) from idea_board_version"));
    }

    private UUID submit(Connection connection, String municipality, String status) throws SQLException {
        var id = UUID.randomUUID();
        var at = OffsetDateTime.now();
        try (var board = connection.prepareStatement("""
                insert into idea_board (id, municipality, title, body, service_area, status, submitted_at, updated_at,
                                        support_count)
                values (?, ?, 'Kino i parken', 'Film under åpen himmel', 'kultur', ?, ?, ?, 0)""");
             var inbox = connection.prepareStatement("""
                insert into staff_inbox_idea (id, municipality, title, body, status, submitted_at, updated_at)
                values (?, ?, 'Kino i parken', 'Film under åpen himmel', ?, ?, ?)""")) {
            for (var statement : List.of(board, inbox)) {
                statement.setObject(1, id);
                statement.setString(2, municipality);
                statement.setString(3, status);
                statement.setObject(4, at);
                statement.setObject(5, at);
                statement.executeUpdate();
            }
        }
        return id;
    }

    private static void update(Connection connection, String sql, UUID id) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }

    /** A transaction that gives up at once rather than wait for a lock another holds. */
    private Connection transaction() throws SQLException {
        var connection = infrastructure.connect(schema);
        try (var statement = connection.createStatement()) {
            statement.execute("set lock_timeout = '2s'");
        }
        connection.setAutoCommit(false);
        return connection;
    }

    private long one(String sql) throws SQLException {
        try (var connection = infrastructure.connect(schema)) {
            return oneOn(connection, sql);
        }
    }

    private static long oneOn(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
