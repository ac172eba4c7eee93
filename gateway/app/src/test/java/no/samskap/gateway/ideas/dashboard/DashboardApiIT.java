package no.samskap.gateway.ideas.dashboard;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.AnswerTime;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Count;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Week;
import no.samskap.gateway.shell.dashboard.Period;
import no.samskap.platform.consumption.ReadModelReplay;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's figures, projected from ideas' lives told on Kafka, as staff and admins read them through the API:
 * each sees only the municipality in their token.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiIT {

    private static final Instant MONDAY_WEEK_45 = Instant.parse("2026-11-02T09:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final Instant WEEK_40 = Instant.parse("2026-09-28T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
    private static final String WEEKS_45_AND_46 = "?from=2026-11-02&to=2026-11-15";

    private static final Person RANA_STAFF = new Person("rana-staff", "Siri Saksbehandler", "1833", List.of("staff"));
    private static final Person RANA_ADMIN = new Person("rana-admin", "Arne Admin", "1833", List.of("admin"));
    private static final Person ULLENSVANG_STAFF = new Person("ullensvang-staff", "Ola Tilsett", "4618", List.of("staff"));
    private static final Person RANA_RESIDENT = Person.ranaResident();
    private static final Person STAFF_WITHOUT_MUNICIPALITY = new Person("lost-staff", "Uten Kommune", null, List.of("staff"));

    private TestInfrastructure infrastructure;
    private String schema;
    private GatewayUnderTest gateway;
    private int messages;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("gateway");
        gateway = GatewayUnderTest.start(infrastructure, infrastructure.applicationProperties(schema));
        try (var rana = new DashboardStoriesOnKafka(infrastructure, "1833");
             var ullensvang = new DashboardStoriesOnKafka(infrastructure, "4618")) {
            tellRanasIdeas(rana);
            var elsewhere = ullensvang.submitted(MONDAY_WEEK_45, "kino", List.of("natur"), List.of("voksne"));
            ullensvang.published(elsewhere, MONDAY_WEEK_45);
            ullensvang.answered(elsewhere, MONDAY_WEEK_45.plus(DAY.multipliedBy(10)), "accepted");
            ullensvang.supportGiven(elsewhere, MONDAY_WEEK_45, 1, 1);
            tellRanasDeadlines(rana);
            var overdueElsewhere = ullensvang.submittedUnclassified(WEEK_40, "kino");
            ullensvang.petitionSent(overdueElsewhere, WEEK_40, TODAY.minusDays(1));
            messages = rana.distinctMessages() + ullensvang.distinctMessages();
        }
        eventually(Duration.ofSeconds(60), () -> assertEquals(messages, processedMessages()));
    }

    /**
     * A answered officially three days after it was submitted and published, assessed after one; B published a day
     * late, answered after five; C waits; D rejected; E withdrawn. Supports, comments and a redelivery in weeks 45-46.
     */
    private static void tellRanasIdeas(DashboardStoriesOnKafka rana) {
        var a = rana.submitted(MONDAY_WEEK_45, "kulturhus", List.of("folkehelse"), List.of("ungdom"));
        rana.published(a, MONDAY_WEEK_45);
        rana.assessmentStarted(a, MONDAY_WEEK_45.plus(DAY));
        rana.answered(a, MONDAY_WEEK_45.plus(DAY.multipliedBy(3)), "accepted");
        rana.supportGiven(a, MONDAY_WEEK_45.plusSeconds(60), 1, 2);
        rana.supportGiven(a, MONDAY_WEEK_45.plusSeconds(120), 2, 1);
        rana.commented(a, MONDAY_WEEK_45.plus(DAY), false);
        rana.commented(a, MONDAY_WEEK_45.plus(DAY.multipliedBy(3)), true);

        var tuesday = MONDAY_WEEK_45.plus(DAY);
        var b = rana.submitted(tuesday, "bibliotek", List.of("folkehelse", "frivillighet"), List.of("barn", "eldre"));
        rana.published(b, tuesday.plus(DAY));
        rana.answered(b, tuesday.plus(DAY.multipliedBy(5)), "not-possible");

        var mondayWeek46 = MONDAY_WEEK_45.plus(DAY.multipliedBy(7));
        var c = rana.submittedUnclassified(mondayWeek46, "kino");
        rana.published(c, mondayWeek46);
        rana.supportGiven(c, mondayWeek46, 1, 1);
        var d = rana.submittedUnclassified(mondayWeek46.plus(DAY), "annet");
        rana.rejected(d, mondayWeek46.plus(DAY));
        var e = rana.submittedUnclassified(mondayWeek46.plus(DAY.multipliedBy(2)), "digital");
        rana.published(e, mondayWeek46.plus(DAY.multipliedBy(2)));
        rana.withdrawn(e, mondayWeek46.plus(DAY.multipliedBy(3)));
    }

    /**
     * Before the period (so no count of it changes): one idea past its response date and one with its date ahead; one
     * innbyggerforslag past the council's deadline, one with its deadline ahead, one past it but handled.
     */
    private static void tellRanasDeadlines(DashboardStoriesOnKafka rana) {
        var late = rana.submittedUnclassified(WEEK_40, "bibliotek");
        rana.published(late, WEEK_40);
        rana.assessmentStarted(late, WEEK_40, TODAY.minusDays(1));
        var inTime = rana.submittedUnclassified(WEEK_40, "bibliotek");
        rana.published(inTime, WEEK_40);
        rana.assessmentStarted(inTime, WEEK_40, TODAY.plusDays(1));
        var lateToTheCouncil = rana.submittedUnclassified(WEEK_40, "kulturhus");
        rana.petitionSent(lateToTheCouncil, WEEK_40, TODAY.minusDays(1));
        var beforeTheCouncil = rana.submittedUnclassified(WEEK_40, "kulturhus");
        rana.petitionSent(beforeTheCouncil, WEEK_40, TODAY.plusDays(30));
        var handled = rana.submittedUnclassified(WEEK_40, "kulturhus");
        rana.petitionSent(handled, WEEK_40, TODAY.minusDays(10));
        rana.petitionHandled(handled, WEEK_40.plus(DAY));
    }

    @Test
    void countsTheIdeasPastTheirResponseDateAndTheCitizensProposalsPastTheCouncilsDeadlineWheneverSubmitted() {
        var figures = figures(RANA_STAFF, WEEKS_45_AND_46);

        assertEquals(1, figures.overdueNow());
        assertEquals(1, figures.overduePetitionsNow());
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @Test
    void countsTheIdeasOfTheStaffMembersMunicipalityByStatusServiceAreaStrategicValueAndTargetGroup() {
        var figures = figures(RANA_STAFF, WEEKS_45_AND_46);

        assertAll(
            () -> assertEquals("1833", dashboard(RANA_STAFF, WEEKS_45_AND_46).get("municipality").getStringValue()),
            () -> assertEquals(List.of(count("submitted", 0), count("published", 1), count("rejected", 1),
                count("under-assessment", 0), count("accepted", 1), count("not-possible", 1), count("already-exists", 0),
                count("realised", 0), count("withdrawn", 1)), figures.byStatus()),
            () -> assertEquals(List.of(count("bibliotek", 1), count("kulturskole", 0), count("kino", 1),
                count("fritid-ungdom", 0), count("kulturhus", 1), count("digital", 1), count("annet", 1)),
                figures.byServiceArea()),
            () -> assertEquals(List.of(count("folkehelse", 2), count("frivillighet", 1)), figures.byStrategicValue()),
            () -> assertEquals(List.of(count("barn", 1), count("ungdom", 1), count("voksne", 0), count("eldre", 1),
                count("alle", 3)), figures.byTargetGroup(), "ideas from before classifications count as for everyone"));
    }

    @Test
    void measuresTheDaysToTheFirstAnswerFromSubmissionAndToTheOfficialAnswerFromPublication() {
        var times = figures(RANA_STAFF, WEEKS_45_AND_46).timeToFirstAnswer();

        // From submission: A after 1 day (assessment), B after 5. From publication: A after 3, B after 4.
        // Only C waits: D was rejected and E withdrawn, so no answer is owed them.
        assertEquals(new AnswerTime(3.0, 4.6, 2, 1), times.fromSubmission());
        assertEquals(new AnswerTime(3.5, 3.9, 2, 1), times.fromPublication());
    }

    @Test
    void countsParticipationPerIsoWeekOnceForEveryMessageAndLeavesOutStaffComments() {
        assertEquals(List.of(
                new Week("2026-W45", LocalDate.parse("2026-11-02"), 2, 2, 1),
                new Week("2026-W46", LocalDate.parse("2026-11-09"), 3, 1, 0)),
            figures(RANA_STAFF, WEEKS_45_AND_46).participation(),
            "the support delivered twice counts once; the official comment is not participation");
    }

    @Test
    void narrowsTheCountsAndAnswerTimesToIdeasSubmittedInThePeriod() {
        var figures = figures(RANA_STAFF, "?from=2026-11-09&to=2026-11-15");

        assertAll(
            () -> assertEquals("2026-11-09", dashboard(RANA_STAFF, "?from=2026-11-09&to=2026-11-15").get("from")
                .getStringValue()),
            () -> assertEquals(3, figures.byStatus().stream().mapToLong(Count::count).sum()),
            () -> assertEquals(new AnswerTime(null, null, 0, 1), figures.timeToFirstAnswer().fromSubmission()),
            () -> assertEquals(List.of(), figures.byStrategicValue()),
            () -> assertEquals(List.of("2026-W46"), figures.participation().stream().map(Week::week).toList()));
    }

    @Test
    void withoutAPeriodCountsEveryIdeaUpToTodayAndShowsTwelveWeeksOfParticipation() {
        var figures = figures(RANA_STAFF, "");

        assertAll(
            () -> assertTrue(dashboard(RANA_STAFF, "").get("from") == null
                || dashboard(RANA_STAFF, "").get("from").isNull()),
            () -> assertEquals(5 + 5, figures.byStatus().stream().mapToLong(Count::count).sum(),
                "the five of weeks 45 and 46 and the five with deadlines from week 40"),
            () -> assertEquals(Period.DEFAULT_WEEKS, figures.participation().size()));
    }

    @Test
    void anAdminReadsTheSameFiguresAsStaff() {
        assertEquals(figures(RANA_STAFF, WEEKS_45_AND_46), figures(RANA_ADMIN, WEEKS_45_AND_46));
    }

    @Test
    void staffOfAnotherMunicipalitySeeOnlyTheirOwn() {
        var figures = figures(ULLENSVANG_STAFF, WEEKS_45_AND_46);

        assertAll(
            () -> assertEquals("4618", dashboard(ULLENSVANG_STAFF, WEEKS_45_AND_46).get("municipality").getStringValue()),
            () -> assertEquals(1, figures.byStatus().stream().mapToLong(Count::count).sum()),
            () -> assertEquals(List.of(count("natur", 1)), figures.byStrategicValue()),
            () -> assertEquals(new AnswerTime(10.0, 10.0, 1, 0), figures.timeToFirstAnswer().fromPublication()),
            () -> assertEquals(List.of(new Week("2026-W45", LocalDate.parse("2026-11-02"), 1, 1, 0),
                new Week("2026-W46", LocalDate.parse("2026-11-09"), 0, 0, 0)), figures.participation()));
    }

    @Test
    void aMunicipalityAskedForInTheQueryChangesNothing() {
        assertEquals(figures(RANA_STAFF, WEEKS_45_AND_46), figures(RANA_STAFF, WEEKS_45_AND_46 + "&municipality=4618"));
    }

    @Test
    void refusesAResidentWith403() {
        var response = get(RANA_RESIDENT, "");
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void refusesStaffWhoseTokenNamesNoMunicipalityWith403() {
        assertEquals(403, get(STAFF_WITHOUT_MUNICIPALITY, "").statusCode());
    }

    @Test
    void answersAnAnonymousCallerWith401NotARedirect() {
        var response = gateway.get("/api/staff/dashboard", Map.of("Accept", "application/json"));
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty());
    }

    @Test
    void refusesDatesItCannotReadNamingTheField() {
        assertAll(
            () -> assertRefused(get(RANA_STAFF, "?from=2.11.2026"), "from"),
            () -> assertRefused(get(RANA_STAFF, "?to=2026-13-01"), "to"),
            () -> assertRefused(get(RANA_STAFF, "?from=2026-11-16&to=2026-11-15"), "from"),
            () -> assertRefused(get(RANA_STAFF, "?from=2024-11-01&to=2026-11-15"), "from"));
    }

    @Test
    void isNeverCached() {
        assertEquals("no-store", get(RANA_STAFF, "").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void replayingTheTopicRebuildsTheSameFigures() {
        var before = List.of(figures(RANA_STAFF, WEEKS_45_AND_46), figures(ULLENSVANG_STAFF, WEEKS_45_AND_46));

        gateway.bean(ReadModelReplay.class).replay();

        eventually(Duration.ofSeconds(60), () -> assertEquals(messages, processedMessages()));
        assertEquals(before, List.of(figures(RANA_STAFF, WEEKS_45_AND_46), figures(ULLENSVANG_STAFF, WEEKS_45_AND_46)));
    }

    @Test
    void theCountsKeptPerDayAddUpToTheBoardsOwnCountsOfItsIdeas() throws SQLException {
        var kept = rows("""
            select municipality, facet, code, sum(ideas) from dashboard_idea_count
            group by 1, 2, 3 having sum(ideas) > 0 order by 1, 2, 3""");
        var counted = rows("""
            select municipality, facet, code, count(*) from (
                select municipality, 'status' as facet, status as code from idea_board
                union all select municipality, 'service_area', service_area from idea_board
                union all select municipality, 'strategic_value', unnest(strategic_values) from idea_board
                union all select municipality, 'target_group', unnest(target_groups) from idea_board) as codes
            group by 1, 2, 3 order by 1, 2, 3""");

        assertEquals(counted, kept);
        assertTrue(kept.contains("1833 status withdrawn 1"), kept.toString());
    }

    private List<String> rows(String query) throws SQLException {
        try (var connection = infrastructure.connect(schema); var rows = connection.createStatement().executeQuery(query)) {
            var found = new java.util.ArrayList<String>();
            while (rows.next()) {
                found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getLong(4));
            }
            return found;
        }
    }

    /** The ideas module's panel, under {@code panels.ideas} of the shell's dashboard. */
    private DashboardFigures figures(Person person, String query) {
        try {
            return gateway.bean(JsonMapper.class).readValueFromTree(dashboard(person, query).get("panels").get("ideas"),
                DashboardFigures.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode dashboard(Person person, String query) {
        var response = get(person, query);
        assertEquals(200, response.statusCode(), response.body());
        try {
            return gateway.bean(JsonMapper.class).readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(Person person, String query) {
        var tokens = gateway.identityProvider();
        return gateway.get("/api/staff/dashboard" + query, Map.of("Accept", "application/json",
            "Cookie", "samskap_id=" + tokens.idToken(person, Duration.ofMinutes(5))));
    }

    private long processedMessages() throws SQLException {
        try (var connection = infrastructure.connect(schema);
             var rows = connection.createStatement().executeQuery("select count(*) from processed_message")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
    }

    private static Count count(String code, long count) {
        return new Count(code, count);
    }
}
