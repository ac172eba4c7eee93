package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every boolean in a request body (clearPlace, upheld, all) is JSON true or false. Anything else, "true" as a string
 * included, is refused naming the field, and nothing stored changes.
 */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BooleanBodyFieldsIT {

    private static final List<Object> NOT_BOOLEANS = List.of("yes", "maybe", "true", "false", 1, 0,
        Map.of("value", true), List.of(true));

    private final TestTokens tokens = TestTokens.shared();
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
    void aClearPlaceThatIsNotTrueOrFalseIsRefusedNamingItAndTheIdeaKeepsItsPlace() throws Exception {
        var id = ideaWithAPlace();
        var outbox = count("select count(*) from outbox_message");

        for (var clearPlace : NOT_BOOLEANS) {
            assertRefusedNaming("clearPlace", HttpRequest.PATCH("/ideas/" + id, Map.of("clearPlace", clearPlace))
                .bearerAuth(ideas.authorToken()), clearPlace);
        }

        assertEquals("Moheia skole", view(id).place());
        assertEquals(outbox, count("select count(*) from outbox_message"));
    }

    @Test
    void aNullClearPlaceLeavesThePlaceAsBefore() {
        var id = ideaWithAPlace();

        var edited = client.toBlocking().retrieve(json(HttpRequest.PATCH("/ideas/" + id,
            "{\"title\":\"Ungdomsscene i aulaen\",\"clearPlace\":null}")).bearerAuth(ideas.authorToken()),
            IdeaView.class);

        assertEquals("Ungdomsscene i aulaen", edited.title());
        assertEquals("Moheia skole", edited.place());
    }

    @Test
    void anAppealDecisionWhoseUpheldIsNotTrueOrFalseIsRefusedNamingItAndTheAppealStaysUndecided() throws Exception {
        var id = ideas.appealedIdea();
        var comment = ideas.appealedComment();
        var otherStaff = tokens.staff("booleans-staff-" + UUID.randomUUID(), IdeaFixtures.MUNICIPALITY);
        var outbox = count("select count(*) from outbox_message");

        for (var appeal : List.of("/ideas/" + id + "/appeal", comment + "/appeal")) {
            for (var upheld : NOT_BOOLEANS) {
                assertRefusedNaming("upheld", HttpRequest.POST(appeal + "/decision",
                    Map.of("upheld", upheld, "reason", "Ingen regelbrot.")).bearerAuth(otherStaff), upheld);
            }
        }

        assertEquals(1, count("select count(*) from idea_appeal where idea_id = '" + id
            + "' and upheld is null and decided_at is null"));
        assertEquals(1, count("select count(*) from comment_appeal where comment_id = '"
            + comment.substring(comment.lastIndexOf('/') + 1) + "' and upheld is null and decided_at is null"));
        assertTrue(view(id).hidden());
        assertEquals(outbox, count("select count(*) from outbox_message"));
    }

    @Test
    void markingNotificationsReadWithAnAllThatIsNotTrueOrFalseIsRefusedNamingItAndNothingIsRead() throws Exception {
        var resident = tokens.resident("booleans-" + UUID.randomUUID(), IdeaFixtures.MUNICIPALITY);
        submit(resident);
        var unread = unreadCount(resident);
        var outbox = count("select count(*) from outbox_message");

        for (var all : NOT_BOOLEANS) {
            assertRefusedNaming("all", HttpRequest.POST("/me/notifications/read", Map.of("all", all))
                .bearerAuth(resident), all);
        }

        assertTrue(unread > 0);
        assertEquals(unread, unreadCount(resident));
        assertEquals(outbox, count("select count(*) from outbox_message"));
    }

    @Test
    void aNullAllBesideUpToMarksReadUpToIt() {
        var resident = tokens.resident("booleans-" + UUID.randomUUID(), IdeaFixtures.MUNICIPALITY);
        submit(resident);
        var newest = client.toBlocking().retrieve(HttpRequest.GET("/me/notifications").bearerAuth(resident),
            NotificationController.FeedView.class).notifications().get(0).id();

        var answer = client.toBlocking().retrieve(json(HttpRequest.POST("/me/notifications/read",
            "{\"upTo\":" + newest + ",\"all\":null}")).bearerAuth(resident), NotificationController.Unread.class);

        assertEquals(0, answer.unreadCount());
    }

    private void assertRefusedNaming(String field, HttpRequest<?> request, Object sent) {
        var problem = proposals.refused(request);

        assertEquals(400, problem.get("status"), field + " " + sent);
        assertEquals(field, ApplicationUnderTest.firstField(problem), field + " " + sent);
        assertEquals(field + ": must be true or false", problem.get("detail"), field + " " + sent);
    }

    private String ideaWithAPlace() {
        return client.toBlocking().retrieve(HttpRequest.POST("/ideas", Map.of("title", "Ungdomsscene i kulturhuset",
            "body", "Ein scene for unge band.", "serviceArea", "kulturhus", "place", "Moheia skole"))
            .bearerAuth(ideas.authorToken()), IdeaView.class).id();
    }

    private void submit(String author) {
        client.toBlocking().exchange(HttpRequest.POST("/ideas", Map.of("title", "Konsert i parken",
            "body", "Musikk for alle i juni.", "serviceArea", "kulturhus")).bearerAuth(author));
    }

    private int unreadCount(String token) {
        return client.toBlocking().retrieve(HttpRequest.GET("/me/notifications").bearerAuth(token),
            NotificationController.FeedView.class).unreadCount();
    }

    private IdeaView view(String id) {
        return client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id).bearerAuth(ideas.staffToken()),
            IdeaView.class);
    }

    private static <T> MutableHttpRequest<T> json(MutableHttpRequest<T> request) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private long count(String query) throws Exception {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
