package no.samskap.feedback.feedback.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import no.samskap.feedback.FeedbackApplication;
import no.samskap.feedback.FeedbackFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static no.samskap.feedback.FeedbackFixtures.RANA;
import static no.samskap.feedback.FeedbackFixtures.nameOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(FeedbackApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackIT {

    private ApplicationUnderTest service;
    private FeedbackFixtures fixtures;

    @BeforeAll
    void start(ApplicationUnderTest service, TestInfrastructure infrastructure) {
        this.service = service;
        this.fixtures = new FeedbackFixtures(service, infrastructure);
        fixtures.describedMunicipality(RANA);
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void anAttendeeRatesACompletedEventAndEveryoneReadsItWithTheEventsTitle() throws SQLException {
        var event = fixtures.completedEvent(RANA, "Jazz på kulturhuset", "kari-given");
        var created = service.client().toBlocking().exchange(HttpRequest.POST("/feedback",
            FeedbackFixtures.onEvent(event, 5)).bearerAuth(fixtures.resident("kari-given", RANA)), Map.class);
        assertEquals(201, created.code());
        var id = (String) created.body().get("id");

        var seen = view(id, null);
        assertEquals("Jazz på kulturhuset", seen.get("eventTitle"));
        assertEquals(5, seen.get("rating"));
        assertEquals("Mer jazz for ungdom.", seen.get("wishNext"));
        assertEquals("visible", seen.get("status"));
        assertEquals(false, seen.get("mine"));
        assertNull(seen.get("author"));
        assertEquals(List.of("feedback-given"), service.outboxTypesFor(id));
        assertTrue(list("/feedback?municipality=" + RANA + "&eventId=" + event, null).stream()
            .anyMatch(one -> id.equals(one.get("id"))));
    }

    @Test
    void staffOfTheMunicipalitySeeTheAuthorsNameUnlessTheFeedbackIsAnonymous() {
        var named = fixtures.unitFeedback("ola-named", false);
        var anonymous = fixtures.unitFeedback("siri-anonymous", true);

        assertEquals(Map.of("id", "ola-named", "name", nameOf("ola-named")), view(named, fixtures.staffToken())
            .get("author"));
        assertNull(view(anonymous, fixtures.staffToken()).get("author"));
        assertNull(view(named, fixtures.resident("someone-else", RANA)).get("author"));
        assertNull(view(named, fixtures.resident("ola-named", RANA)).get("author"));
        assertEquals(true, view(named, fixtures.resident("ola-named", RANA)).get("mine"));
    }

    @Test
    void theAuthorChangesTheirFeedbackWithinTheWindowAndSeesItUnderTheirOwn() throws SQLException {
        var id = fixtures.unitFeedback("per-edits", false);
        var token = fixtures.resident("per-edits", RANA);

        var changed = service.client().toBlocking().retrieve(HttpRequest.PATCH("/feedback/" + id,
            Map.of("rating", 2, "text", "Kortere åpningstider enn før.")).bearerAuth(token), Map.class);

        assertEquals(2, changed.get("rating"));
        assertEquals("Kortere åpningstider enn før.", changed.get("text"));
        assertTrue(changed.get("editedAt") != null);
        assertEquals(List.of("feedback-given", "feedback-edited"), service.outboxTypesFor(id));
        assertEquals(id, list("/me/feedback", token).get(0).get("id"));
    }

    @Test
    void withdrawnFeedbackIsGoneForEveryoneAndFreesThePlaceOnTheEvent() throws SQLException {
        var event = fixtures.completedEvent(RANA, "Filmkveld", "nils-withdraws");
        var token = fixtures.resident("nils-withdraws", RANA);
        var id = fixtures.give(token, FeedbackFixtures.onEvent(event, 3));

        assertEquals(204, service.statusOf(HttpRequest.DELETE("/feedback/" + id).bearerAuth(token)));

        assertEquals(404, service.statusOf(HttpRequest.GET("/feedback/" + id).bearerAuth(token)));
        assertTrue(list("/me/feedback", token).isEmpty());
        assertEquals(List.of("feedback-given", "feedback-withdrawn"), service.outboxTypesFor(id));
        assertEquals(201, service.statusOf(HttpRequest.POST("/feedback", FeedbackFixtures.onEvent(event, 4))
            .bearerAuth(token)));
    }

    @Test
    void aRatingOutsideOneToFiveIsRefusedNamingRatingAndNothingIsStored() {
        var before = fixtures.count("select count(*) from feedback");
        for (var rating : List.of(0, 6, -1)) {
            var problem = service.refused(HttpRequest.POST("/feedback", FeedbackFixtures.onUnit(RANA, "kino", rating,
                false)).bearerAuth(fixtures.resident("rating-tester", RANA)));
            assertEquals(422, problem.get("status"));
            assertEquals("rating", ApplicationUnderTest.firstField(problem));
        }
        assertEquals(before, fixtures.count("select count(*) from feedback"));
        assertEquals(0, fixtures.count("select count(*) from outbox_message where message_type = 'feedback-given' "
            + "and envelope like '%kino%'"));
    }

    @Test
    void feedbackOnAnEventThePersonDidNotAttendIsRefusedByTheRuleNotAttended() {
        var event = fixtures.completedEvent(RANA, "Lesestund", "someone-who-came");

        var problem = service.refused(HttpRequest.POST("/feedback", FeedbackFixtures.onEvent(event, 4))
            .bearerAuth(fixtures.resident("never-came", RANA)));

        assertEquals(422, problem.get("status"));
        assertEquals("https://samskap.no/problems/not-attended", problem.get("type"));
        assertEquals("eventId", ApplicationUnderTest.firstField(problem));
        assertEquals(0, fixtures.count("select count(*) from feedback where event_id = '" + event + "'"));
    }

    @Test
    void feedbackOnAnEventThatHasNotBeenCompletedIsRefusedByTheRuleNotCompleted() {
        var event = fixtures.publishedEvent(RANA, "Konsert som ikke er ferdig");
        fixtures.registered(event, RANA, "reg-" + event, "early-bird", java.time.Instant.now());

        var problem = service.refused(HttpRequest.POST("/feedback", FeedbackFixtures.onEvent(event, 4))
            .bearerAuth(fixtures.resident("early-bird", RANA)));

        assertEquals(422, problem.get("status"));
        assertEquals("https://samskap.no/problems/not-completed", problem.get("type"));
        assertEquals(0, fixtures.count("select count(*) from feedback where event_id = '" + event + "'"));
    }

    @Test
    void aSecondFeedbackOnTheSameEventIsAConflictAndTheFirstStaysAsItWas() {
        var event = fixtures.completedEvent(RANA, "Teater", "twice-tryer");
        var token = fixtures.resident("twice-tryer", RANA);
        var first = fixtures.give(token, FeedbackFixtures.onEvent(event, 5));

        var problem = service.refused(HttpRequest.POST("/feedback", FeedbackFixtures.onEvent(event, 1))
            .bearerAuth(token));

        assertEquals(409, problem.get("status"));
        assertEquals("https://samskap.no/problems/already-given", problem.get("type"));
        assertEquals(1, fixtures.count("select count(*) from feedback where event_id = '" + event + "'"));
        assertEquals(5, view(first, token).get("rating"));
    }

    @Test
    void anEditAfterTheWindowIsRefusedByTheRuleEditWindowClosedAndChangesNothing() throws SQLException {
        var id = fixtures.unitFeedback("late-editor", false);
        fixtures.execute("update feedback set given_at = now() - interval '15 days' where id = '" + id + "'");

        var problem = service.refused(HttpRequest.PATCH("/feedback/" + id, Map.of("rating", 1))
            .bearerAuth(fixtures.resident("late-editor", RANA)));

        assertEquals(422, problem.get("status"));
        assertEquals("https://samskap.no/problems/edit-window-closed", problem.get("type"));
        assertEquals(4, view(id, null).get("rating"));
        assertEquals(List.of("feedback-given"), service.outboxTypesFor(id));
    }

    @Test
    void feedbackOnAUnitTheMunicipalityDoesNotHaveIsRefusedNamingUnit() {
        var problem = service.refused(HttpRequest.POST("/feedback", FeedbackFixtures.onUnit(RANA, "svømmehall", 3,
            false)).bearerAuth(fixtures.resident("unit-tester", RANA)));

        assertEquals(422, problem.get("status"));
        assertEquals("unit", ApplicationUnderTest.firstField(problem));
        assertEquals(0, fixtures.count("select count(*) from feedback where unit = 'svømmehall'"));
    }

    @Test
    void onlyTheAuthorMayChangeOrWithdrawFeedback() {
        var id = fixtures.unitFeedback("owner", false);
        var other = fixtures.resident("not-owner", RANA);

        assertEquals(403, service.statusOf(HttpRequest.PATCH("/feedback/" + id, Map.of("rating", 1))
            .bearerAuth(other)));
        assertEquals(403, service.statusOf(HttpRequest.DELETE("/feedback/" + id).bearerAuth(other)));
        assertEquals(4, view(id, null).get("rating"));
    }

    @Test
    void tooLongTextsAreRefusedNamingTheField() {
        var body = FeedbackFixtures.onUnit(RANA, "kino", 3, false);
        body.put("wishNext", "x".repeat(2_001));

        var problem = service.refused(HttpRequest.POST("/feedback", body)
            .bearerAuth(fixtures.resident("long-writer", RANA)));

        assertEquals("wishNext", ApplicationUnderTest.firstField(problem));
        assertFalse(fixtures.count("select count(*) from feedback where author_id = 'long-writer'") > 0);
    }

    private Map<String, Object> view(String id, String token) {
        var request = HttpRequest.GET("/feedback/" + id);
        return service.client().toBlocking().retrieve(token == null ? request : request.bearerAuth(token),
            Argument.mapOf(String.class, Object.class));
    }

    private List<Map<String, Object>> list(String uri, String token) {
        var request = HttpRequest.GET(uri);
        return service.client().toBlocking().retrieve(token == null ? request : request.bearerAuth(token),
            Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
