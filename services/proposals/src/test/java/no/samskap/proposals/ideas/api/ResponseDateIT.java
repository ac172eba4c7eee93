package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseDateIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final LocalDate COMMITTED = TODAY.plusDays(14);
    private static final String REASON = "Vi venter på svar fra fylkeskommunen om tilskudd.";

    private ApplicationUnderTest proposals;
    private HttpClient client;
    private IdeaFixtures ideas;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        client = proposals.client();
        ideas = new IdeaFixtures(client);
        ideas.useModeration("post");
    }

    @Test
    void staffMoveTheResponseDateWithAReasonThatTheTimelineTheOutboxAndTheAuthorsFeedCarry() throws Exception {
        var id = ideaUnderAssessment();
        var later = COMMITTED.plusDays(21);

        var moved = client.toBlocking().retrieve(change(id, Map.of("respondBy", later.toString(), "reason", REASON)),
            IdeaView.class);

        assertEquals("under-assessment", moved.status());
        assertEquals(later, moved.respondBy());
        var step = moved.timeline().get(moved.timeline().size() - 1);
        assertEquals("response-date-changed", step.moderation());
        assertEquals("under-assessment", step.status());
        assertEquals("fixture-staff", step.actorId());
        assertEquals(REASON, step.note());
        assertEquals(COMMITTED, step.previousRespondBy());
        assertEquals(later, step.respondBy());
        var types = proposals.outboxTypesFor(id);
        assertEquals("response-date-changed", types.get(types.size() - 1));
        var told = authorsNotificationsOf(id).get(0);
        assertEquals("response-date-changed", told.get("kind"));
        assertEquals(later.toString(), told.get("note"));
    }

    @Test
    void todayIsTheEarliestNewDateAsWhenTheAssessmentStarted() {
        var id = ideaUnderAssessment();

        var moved = client.toBlocking().retrieve(change(id, Map.of("respondBy", TODAY.toString(), "reason", REASON)),
            IdeaView.class);

        assertEquals(TODAY, moved.respondBy());
    }

    @Test
    void onlyAnIdeaUnderAssessmentHasAResponseDateToChange() throws Exception {
        var published = ideas.publishedIdea();
        var before = proposals.outboxTypesFor(published);

        var problem = proposals.refused(change(published, Map.of("respondBy", COMMITTED.toString(), "reason", REASON)));

        assertEquals(409, problem.get("status"));
        assertEquals("https://samskap.no/problems/response-date-refused", problem.get("type"));
        assertNull(view(published).respondBy());
        assertEquals(before, proposals.outboxTypesFor(published));
    }

    @Test
    void aNewDateThatIsMissingNoDateInThePastOrTheCommittedOneIsRefusedNamingRespondByAndChangesNothing()
        throws Exception {
        var id = ideaUnderAssessment();
        var before = proposals.outboxTypesFor(id);

        for (var respondBy : List.of("", "not-a-date", "2027-02-30", TODAY.minusDays(1).toString(), COMMITTED.toString())) {
            var problem = proposals.refused(change(id, Map.of("respondBy", respondBy, "reason", REASON)));
            assertEquals(400, problem.get("status"), respondBy);
            assertEquals("respondBy", ApplicationUnderTest.firstField(problem), respondBy);
        }
        var missing = proposals.refused(change(id, Map.of("reason", REASON)));

        assertEquals("respondBy", ApplicationUnderTest.firstField(missing));
        var idea = view(id);
        assertEquals(COMMITTED, idea.respondBy());
        assertEquals("under-assessment", idea.timeline().get(idea.timeline().size() - 1).status());
        assertNull(idea.timeline().get(idea.timeline().size() - 1).moderation());
        assertEquals(before, proposals.outboxTypesFor(id));
    }

    @Test
    void aReasonOfOneToTwoThousandCharactersIsRequiredAndAnyOtherIsRefusedNamingReason() throws Exception {
        var id = ideaUnderAssessment();
        var later = COMMITTED.plusDays(7).toString();
        var before = proposals.outboxTypesFor(id);
        var withoutReason = new HashMap<String, String>();
        withoutReason.put("respondBy", later);

        for (var body : List.<Map<String, String>>of(withoutReason, Map.of("respondBy", later, "reason", "   "),
            Map.of("respondBy", later, "reason", "x".repeat(2001)))) {
            var problem = proposals.refused(change(id, body));
            assertEquals(400, problem.get("status"));
            assertEquals("reason", ApplicationUnderTest.firstField(problem));
        }

        assertEquals(COMMITTED, view(id).respondBy());
        assertEquals(before, proposals.outboxTypesFor(id));
        var longest = client.toBlocking().retrieve(change(id, Map.of("respondBy", later, "reason", "😀".repeat(2000))),
            IdeaView.class);
        assertEquals(LocalDate.parse(later), longest.respondBy());
    }

    @Test
    void aResponseDateMoreThanFiveYearsAheadIsRefusedNamingRespondByWhenSetAndWhenMovedAndNothingIsStored()
        throws Exception {
        var published = ideas.publishedIdea();
        var assessed = ideaUnderAssessment();
        var before = List.of(proposals.outboxTypesFor(published), proposals.outboxTypesFor(assessed));
        var tooFar = List.of(TODAY.plusYears(Idea.RESPONSE_YEARS_AHEAD).plusDays(1).toString(), "+10000-01-01",
            "+5874898-01-01", "+999999999-12-31");

        for (var respondBy : tooFar) {
            var set = proposals.refused(HttpRequest.POST("/ideas/" + published + "/assessment",
                Map.of("respondBy", respondBy)).bearerAuth(ideas.staffToken()));
            var moved = proposals.refused(change(assessed, Map.of("respondBy", respondBy, "reason", REASON)));

            for (var problem : List.of(set, moved)) {
                assertEquals(400, problem.get("status"), respondBy);
                assertEquals("respondBy", ApplicationUnderTest.firstField(problem), respondBy);
            }
        }

        assertEquals("published", view(published).status());
        assertEquals(COMMITTED, view(assessed).respondBy());
        assertEquals(before, List.of(proposals.outboxTypesFor(published), proposals.outboxTypesFor(assessed)));
        var latest = TODAY.plusYears(Idea.RESPONSE_YEARS_AHEAD);
        assertEquals(latest, client.toBlocking().retrieve(change(assessed, Map.of("respondBy", latest.toString(),
            "reason", REASON)), IdeaView.class).respondBy());
    }

    private String ideaUnderAssessment() {
        var id = ideas.publishedIdea();
        ideas.startAssessment(id, COMMITTED);
        return id;
    }

    private HttpRequest<?> change(String id, Map<String, String> body) {
        return HttpRequest.POST("/ideas/" + id + "/response-date", body).bearerAuth(ideas.staffToken());
    }

    private IdeaView view(String id) {
        return client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id).bearerAuth(ideas.staffToken()), IdeaView.class);
    }

    /** Newest first, as the feed lists them. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> authorsNotificationsOf(String id) {
        var feed = client.toBlocking().retrieve(HttpRequest.GET("/me/notifications?limit=100")
            .bearerAuth(ideas.authorToken()), Map.class);
        return ((List<Map<String, Object>>) feed.get("notifications")).stream()
            .filter(notification -> id.equals(notification.get("ideaId"))).toList();
    }
}
