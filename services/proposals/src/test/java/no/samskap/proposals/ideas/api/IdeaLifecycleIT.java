package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaLifecycleIT {

    private ApplicationUnderTest proposals;
    private HttpClient client;
    private IdeaFixtures ideas;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        client = proposals.client();
        ideas = new IdeaFixtures(client);
    }

    @BeforeEach
    void preModeration() {
        ideas.useModeration("pre");
    }

    @Test
    void aHeldIdeaIsHiddenFromOthersUntilAModeratorPublishesIt() {
        var id = ideas.submittedIdea();

        assertEquals(404, proposals.statusOf(HttpRequest.GET("/ideas/" + id)));
        assertEquals("submitted", view(id, ideas.authorToken()).status());

        staff("/ideas/" + id + "/publication", Map.of());

        var published = client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id), IdeaView.class);
        assertEquals("published", published.status());
    }

    @Test
    void postModerationPublishesAnIdeaAtOnce() {
        ideas.useModeration("post");

        var id = ideas.submittedIdea();

        var idea = client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id).bearerAuth(ideas.staffToken()),
            IdeaView.class);
        assertEquals("published", idea.status());
        assertEquals(List.of("submitted", "published"), statuses(idea));
        assertEquals("samskap", idea.timeline().get(1).actorId());
    }

    @Test
    void anIdeasWholeLifeIsOnItsTimelineAndOnKafkaInOrder() throws Exception {
        var id = ideas.submittedIdea();
        var respondBy = LocalDate.now().plusDays(21);

        staff("/ideas/" + id + "/publication", Map.of());
        staff("/ideas/" + id + "/assessment", Map.of("respondBy", respondBy.toString()));
        staff("/ideas/" + id + "/answer", Map.of("outcome", "accepted", "answer", "Vi åpner rommet i august."));
        var realised = staff("/ideas/" + id + "/realisation", Map.of("culturalEventId", "esport-kveld-2027-08-20"));

        assertEquals("realised", realised.status());
        assertEquals(respondBy, realised.respondBy());
        assertEquals("Vi åpner rommet i august.", realised.answer());
        assertEquals(List.of("submitted", "published", "under-assessment", "accepted", "realised"), statuses(realised));
        assertEquals("fixture-staff", realised.timeline().get(3).actorId());
        assertEquals("Vi åpner rommet i august.", realised.timeline().get(3).note());
        assertEquals(List.of("idea-submitted", "idea-followed", "idea-published", "idea-assessment-started", "idea-answered", "idea-realised"),
            proposals.outboxTypesFor(id));
    }

    @Test
    void aRejectionShowsItsReasonToTheAuthorAndKeepsTheIdeaHidden() {
        var id = ideas.submittedIdea();

        staff("/ideas/" + id + "/rejection", Map.of("reason", "Inneholder navn på en elev."));

        var seenByAuthor = view(id, ideas.authorToken());
        assertEquals("rejected", seenByAuthor.status());
        assertEquals("Inneholder navn på en elev.", seenByAuthor.timeline().get(1).note());
        assertEquals(404, proposals.statusOf(HttpRequest.GET("/ideas/" + id)));
    }

    @Test
    void aJumpTheLifecycleForbidsIsAConflictAndChangesNothing() throws Exception {
        var id = ideas.submittedIdea();

        var refusal = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.POST("/ideas/" + id + "/answer", Map.of("outcome", "accepted", "answer", "Ja"))
                .bearerAuth(ideas.staffToken()), String.class));

        assertEquals(409, refusal.code());
        assertTrue(refusal.getResponse().getBody(String.class).orElseThrow().contains("invalid-transition"));
        var idea = view(id, ideas.staffToken());
        assertEquals("submitted", idea.status());
        assertNull(idea.answer());
        assertEquals(List.of("idea-submitted", "idea-followed"), proposals.outboxTypesFor(id));
    }

    @Test
    void anIdeaUnderAssessmentKeepsItsCommittedResponseDateWhenAssessedAgain() throws Exception {
        var id = ideas.publishedIdea();
        var committed = LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(20);
        ideas.startAssessment(id, committed);

        var refusal = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.POST("/ideas/" + id + "/assessment", Map.of("respondBy", committed.plusDays(30).toString()))
                .bearerAuth(ideas.staffToken()), String.class));

        assertEquals(409, refusal.code());
        assertTrue(refusal.getResponse().getBody(String.class).orElseThrow().contains("invalid-transition"));
        assertEquals(committed, view(id, ideas.staffToken()).respondBy());
        assertEquals(1, proposals.outboxTypesFor(id).stream().filter("idea-assessment-started"::equals).count());
    }

    @Test
    void anAssessmentDateInThePastIsRefusedNamingTheField() {
        var id = ideas.publishedIdea();

        var refusal = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.POST("/ideas/" + id + "/assessment", Map.of("respondBy", "2020-01-01"))
                .bearerAuth(ideas.staffToken()), String.class));

        assertEquals(400, refusal.code());
        assertTrue(refusal.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"respondBy\""));
    }

    @Test
    void theAuthorMayWithdrawButNotAfterTheAnswer() throws Exception {
        var open = ideas.publishedIdea();
        var withdrawn = client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + open + "/withdrawal", "")
            .bearerAuth(ideas.authorToken()), IdeaView.class);
        assertEquals("withdrawn", withdrawn.status());
        var published = proposals.outboxTypesFor(open);
        assertEquals("idea-withdrawn", published.get(published.size() - 1));

        var answered = ideas.acceptedIdea();
        var before = proposals.outboxTypesFor(answered);
        assertEquals(409, proposals.statusOf(HttpRequest.POST("/ideas/" + answered + "/withdrawal", "").bearerAuth(ideas.authorToken())));
        assertEquals("accepted", view(answered, ideas.authorToken()).status());
        assertEquals(before, proposals.outboxTypesFor(answered));
    }

    private IdeaView staff(String path, Map<String, String> body) {
        return client.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(ideas.staffToken()), IdeaView.class);
    }

    private IdeaView view(String id, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id).bearerAuth(token), IdeaView.class);
    }

    private static List<String> statuses(IdeaView idea) {
        return idea.timeline().stream().map(IdeaView.Step::status).toList();
    }
}
