package no.samskap.feedback.figures.api;

import io.micronaut.http.HttpRequest;
import no.samskap.contract.events.EventCompleted;
import no.samskap.contract.events.EventsMessages;
import no.samskap.feedback.FeedbackApplication;
import no.samskap.feedback.FeedbackFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.feedback.FeedbackFixtures.RANA;
import static no.samskap.feedback.FeedbackFixtures.ULLENSVANG;
import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The figures of a known set of Rana's feedback given through the API: on a co-created event two ratings, one
 * answered on time and one late, and a third withdrawn; on another event one, hidden by a moderator; on two units
 * three, one given in an earlier month and one past its committed date unanswered; and one piece in Ullensvang, which
 * Rana's figures never count.
 */
@ServiceUnderTest(FeedbackApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresIT {

    private static final String EARLIER_MONTH = "2025-10";
    private final String idea = UUID.randomUUID().toString();
    private ApplicationUnderTest service;
    private FeedbackFixtures fixtures;
    private String sommerkino;
    private String julekonsert;

    @BeforeAll
    void giveTheKnownFeedback(ApplicationUnderTest service, TestInfrastructure infrastructure) {
        this.service = service;
        this.fixtures = new FeedbackFixtures(service, infrastructure);
        fixtures.describedMunicipality(RANA);
        fixtures.describedMunicipality(ULLENSVANG);
        sommerkino = coCreatedEvent("Sommerkino i Byparken", "kari", "ola", "per");
        julekonsert = fixtures.completedEvent(RANA, "Julekonsert", "siri");
        var onTime = fixtures.give(fixtures.resident("kari", RANA), FeedbackFixtures.onEvent(sommerkino, 5));
        var late = fixtures.give(fixtures.resident("ola", RANA), FeedbackFixtures.onEvent(sommerkino, 4));
        var withdrawn = fixtures.give(fixtures.resident("per", RANA), FeedbackFixtures.onEvent(sommerkino, 1));
        fixtures.client().toBlocking().exchange(HttpRequest.DELETE("/feedback/" + withdrawn)
            .bearerAuth(fixtures.resident("per", RANA)));
        var hidden = fixtures.give(fixtures.resident("siri", RANA), FeedbackFixtures.onEvent(julekonsert, 3));
        fixtures.give(fixtures.resident("anne", RANA), FeedbackFixtures.onUnit(RANA, "bibliotek", 4, true));
        var overdue = fixtures.give(fixtures.resident("bjorn", RANA), FeedbackFixtures.onUnit(RANA, "bibliotek", 1,
            false));
        var earlier = fixtures.give(fixtures.resident("cecilie", RANA), FeedbackFixtures.onUnit(RANA, "kino", 5,
            false));
        fixtures.give(fixtures.resident("dag", ULLENSVANG), FeedbackFixtures.onUnit(ULLENSVANG, "kino", 1, false));
        fixtures.execute("update feedback set respond_by = current_date - 1 where id in ('" + overdue + "', '" + late
            + "')");
        staff("/feedback/" + onTime + "/answer", Map.of("text", "Takk, vi gjentar det.", "publicAnswer", true));
        staff("/feedback/" + late + "/answer", Map.of("text", "Beklager at svaret kom sent.", "publicAnswer", false));
        staff("/feedback/" + hidden + "/hiding", Map.of("reason", "Navngir en annen publikummer."));
        fixtures.execute("update feedback set given_at = '2025-10-15T12:00:00+02:00', respond_by = '2025-10-29' "
            + "where id = '" + earlier + "'");
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void staffSeeEachEventsCountAverageAndDistributionWithoutWithdrawnFeedback() {
        var figures = staffFigures("");

        var perEvent = list(figures, "perEvent");
        assertEquals(List.of("Julekonsert", "Sommerkino i Byparken"), perEvent.stream().map(e -> e.get("title"))
            .toList());
        var sommer = perEvent.get(1);
        assertEquals(sommerkino, sommer.get("eventId"));
        assertEquals(List.of(idea), sommer.get("ideaIds"));
        assertEquals(2, sommer.get("count"));
        assertEquals(4.5, sommer.get("average"));
        assertEquals(List.of(0, 0, 0, 1, 1), sommer.get("distribution"));
        assertEquals(List.of(2, 1, 2, 0.5), List.of(sommer.get("answered"), sommer.get("answeredOnTime"),
            sommer.get("due"), sommer.get("shareAnsweredOnTime")));
        assertEquals(List.of(), perEvent.get(0).get("ideaIds"));
        assertEquals(1, perEvent.get(0).get("count"), "hidden feedback is counted");
        assertEquals(3.0, perEvent.get(0).get("average"));
    }

    @Test
    void staffSeeEachUnitAndEachMonthAndTheTotalOfTheirMunicipalityOnly() {
        var figures = staffFigures("");

        var perUnit = list(figures, "perUnit");
        assertEquals(List.of("bibliotek", "kino"), perUnit.stream().map(unit -> unit.get("unit")).toList());
        assertEquals(2, perUnit.get(0).get("count"));
        assertEquals(2.5, perUnit.get(0).get("average"));
        assertEquals(List.of(1, 0, 0, 1, 0), perUnit.get(0).get("distribution"));
        assertEquals(1, perUnit.get(1).get("count"), "Ullensvang's cinema is not Rana's");
        var perMonth = list(figures, "perMonth");
        var thisMonth = YearMonth.now(ZoneId.of("Europe/Oslo")).toString();
        assertEquals(List.of(EARLIER_MONTH, thisMonth), perMonth.stream().map(month -> month.get("month")).toList());
        assertEquals(List.of(1, 5), perMonth.stream().map(month -> month.get("count")).toList());
        var total = map(figures, "total");
        assertEquals(6, total.get("count"));
        assertEquals(3.7, total.get("average"));
        assertEquals(List.of(1, 0, 1, 2, 2), total.get("distribution"));
    }

    @Test
    void theShareAnsweredOnTimeIsOfTheAnsweredAndThoseUnansweredPastTheirCommittedDate() {
        var total = map(staffFigures(""), "total");

        assertEquals(2, total.get("answered"));
        assertEquals(1, total.get("answeredOnTime"));
        assertEquals(4, total.get("due"), "two answered, the overdue library feedback and the one from an earlier "
            + "month");
        assertEquals(0.25, total.get("shareAnsweredOnTime"));
    }

    @Test
    void aPeriodCountsOnlyTheFeedbackGivenOnItsDays() {
        var october = map(staffFigures("&from=" + EARLIER_MONTH + "-01&to=" + EARLIER_MONTH + "-31"), "total");

        assertEquals(1, october.get("count"));
        assertEquals(5.0, october.get("average"));
    }

    @Test
    void theCoCreatedFiguresAddUpTheEventsThatRealisedIdeasForTheKommune30Panel() {
        var coCreated = map(staffFigures(""), "coCreated");

        assertEquals(1, coCreated.get("events"));
        assertEquals(2, coCreated.get("count"));
        assertEquals(4.5, coCreated.get("average"));
    }

    @Test
    void theOpenDataHasCountsAndAveragesOnlyAndAnyoneMayReadIt() {
        var figures = service.client().toBlocking().retrieve(HttpRequest.GET("/figures/public?municipality="
            + RANA), Map.class);

        var total = map(figures, "total");
        assertEquals(Map.of("count", 6, "average", 3.7), total);
        list(figures, "perEvent").forEach(event -> assertEquals(List.of("eventId", "title", "ideaIds", "count",
            "average"), List.copyOf(event.keySet())));
        list(figures, "perUnit").forEach(unit -> assertFalse(unit.containsKey("distribution")));
        assertEquals(Map.of("events", 1, "count", 2, "average", 4.5), map(figures, "coCreated"));
    }

    @Test
    void onlyStaffOfTheMunicipalitySeeAllTheFigures() {
        var path = "/figures?municipality=" + RANA;
        assertEquals(401, service.statusOf(HttpRequest.GET(path)));
        assertEquals(403, service.statusOf(HttpRequest.GET(path).bearerAuth(fixtures.resident("kari", RANA))));
        assertEquals(403, service.statusOf(HttpRequest.GET(path).bearerAuth(TestTokens.shared().staff("ullensvang-staff", ULLENSVANG))));
    }

    @Test
    void aMunicipalityOrADayThatIsNotOneIsRefusedNamingTheField() {
        var staff = fixtures.staffToken();
        assertEquals("municipality", firstField(service.refused(HttpRequest.GET("/figures?municipality=18")
            .bearerAuth(staff))));
        assertEquals("from", firstField(service.refused(HttpRequest.GET("/figures?municipality=" + RANA
            + "&from=1.3.2027").bearerAuth(staff))));
        assertEquals("to", firstField(service.refused(HttpRequest.GET("/figures?municipality=" + RANA
            + "&from=2027-03-02&to=2027-03-01").bearerAuth(staff))));
        assertEquals("municipality", firstField(service.refused(HttpRequest.GET("/figures/public"))));
    }

    /** An event that realised the idea, completed, with these attendees registered; waits until the service has it. */
    private String coCreatedEvent(String title, String... attendees) {
        var id = fixtures.publishedEvent(RANA, title);
        var registeredAt = Instant.now().minusSeconds(864_000);
        for (var attendee : attendees) {
            fixtures.registered(id, RANA, UUID.randomUUID().toString(), attendee, registeredAt);
        }
        fixtures.kafka().send(EventsMessages.EVENT_COMPLETED, UUID.randomUUID(), Instant.now(), RANA, id,
            new EventCompleted(id, List.of(idea), null, "events-staff", Instant.now()));
        eventually(() -> {
            assertEquals(1, fixtures.count("select count(*) from event_ideas where event_id = '" + id + "'"));
            assertEquals(attendees.length, fixtures.count("select count(*) from attendance a join event_copy e on "
                + "e.id = a.event_id where e.completed_at is not null and a.event_id = '" + id + "'"));
        });
        return id;
    }

    private void staff(String path, Map<String, Object> body) {
        fixtures.client().toBlocking().exchange(HttpRequest.POST(path, body).bearerAuth(fixtures.staffToken()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> staffFigures(String query) {
        return service.client().toBlocking().retrieve(HttpRequest.GET("/figures?municipality=" + RANA + query)
            .bearerAuth(fixtures.staffToken()), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<?, ?> figures, String key) {
        return (List<Map<String, Object>>) figures.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<?, ?> figures, String key) {
        return (Map<String, Object>) figures.get(key);
    }
}
