package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplicationUnderTest;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static no.samskap.proposals.ProposalsApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonBlocksIT {

    private static final String BLOCKED = "/problems/blocked";

    private final TestTokens tokens = TestTokens.shared();
    private TestInfrastructure infrastructure;
    private ProposalsApplicationUnderTest proposals;
    private HttpClient client;
    private IdeaFixtures ideas;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        proposals = new ProposalsApplicationUnderTest(infrastructure);
        client = proposals.client;
        ideas = new IdeaFixtures(client);
        ideas.useModeration("post");
    }

    @AfterAll
    void stop() {
        proposals.close();
    }

    @Test
    void aBlockedPersonsWritesAreRefusedAndTheirContentIsHiddenFromThePublicUntilTheBlockIsLifted() throws Exception {
        var troll = resident("troll");
        var trollsIdea = submit(troll);
        var otherIdea = ideas.publishedIdea();
        var trollsComment = (String) client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + otherIdea + "/comments",
            Map.of("body", "Ingen bryr seg.")).bearerAuth(troll), Map.class).get("id");
        var messages = count("select count(*) from outbox_message");

        assertEquals(HttpStatus.NO_CONTENT, block("moderation-troll", "Gjentekne personangrep.").status());

        assertTrue(typeOf(HttpRequest.POST("/ideas", idea()).bearerAuth(troll)).endsWith(BLOCKED));
        assertTrue(typeOf(HttpRequest.PUT("/ideas/" + otherIdea + "/support", "").bearerAuth(troll)).endsWith(BLOCKED));
        assertTrue(typeOf(HttpRequest.POST("/ideas/" + otherIdea + "/comments", Map.of("body", "Hei."))
            .bearerAuth(troll)).endsWith(BLOCKED));
        assertTrue(typeOf(HttpRequest.POST("/ideas/" + otherIdea + "/reports", Map.of("reason", "Dumt."))
            .bearerAuth(troll)).endsWith(BLOCKED));
        assertEquals(404, proposals.statusOf(HttpRequest.GET("/ideas/" + trollsIdea)));
        assertEquals(404, proposals.statusOf(HttpRequest.GET("/ideas/" + trollsIdea).bearerAuth(resident("nabo"))));
        assertEquals(200, proposals.statusOf(HttpRequest.GET("/ideas/" + trollsIdea).bearerAuth(troll)));
        assertEquals(200, proposals.statusOf(HttpRequest.GET("/ideas/" + trollsIdea).bearerAuth(ideas.staffToken())));
        var seenByPublic = threads(otherIdea, null).threads().get(0).comment();
        assertEquals(trollsComment, seenByPublic.id());
        assertNull(seenByPublic.body());
        assertEquals("Ingen bryr seg.", threads(otherIdea, troll).threads().get(0).comment().body());
        assertEquals(messages, count("select count(*) from outbox_message"));

        assertEquals(HttpStatus.NO_CONTENT, client.toBlocking().exchange(HttpRequest.DELETE(blockPath("moderation-troll"))
            .bearerAuth(ideas.adminToken())).status());

        assertEquals(200, proposals.statusOf(HttpRequest.GET("/ideas/" + trollsIdea)));
        assertEquals("Ingen bryr seg.", threads(otherIdea, null).threads().get(0).comment().body());
        assertEquals(201, proposals.statusOf(HttpRequest.POST("/ideas/" + otherIdea + "/comments", Map.of("body", "Orsak."))
            .bearerAuth(troll)));
    }

    @Test
    void blockingTwiceKeepsOneBlockAndBadBlocksAreRefusedNamingTheField() throws Exception {
        block("moderation-twice", "Spam.");
        block("moderation-twice", "Spam, framleis.");

        assertEquals(1, count("select count(*) from person_block where subject = 'moderation-twice'"));
        assertEquals("reason", firstField(problem(HttpRequest.PUT(blockPath("moderation-x"), Map.of("reason", " "))
            .bearerAuth(ideas.adminToken()))));
        assertEquals("reason", firstField(problem(HttpRequest.PUT(blockPath("moderation-x"),
            Map.of("reason", "x".repeat(501))).bearerAuth(ideas.adminToken()))));
        assertEquals("subject", firstField(problem(HttpRequest.PUT(blockPath("fixture-admin"), Map.of("reason", "Meg."))
            .bearerAuth(ideas.adminToken()))));
        assertEquals(0, count("select count(*) from person_block where subject in ('moderation-x', 'fixture-admin')"));
    }

    private String resident(String name) {
        return tokens.resident("moderation-" + name, IdeaFixtures.MUNICIPALITY);
    }

    private String submit(String token) {
        return (String) client.toBlocking().retrieve(HttpRequest.POST("/ideas", idea()).bearerAuth(token), Map.class)
            .get("id");
    }

    private static Map<String, String> idea() {
        return Map.of("title", "Ingen fleire konsertar", "body", "Stengj alt.", "serviceArea", "kulturhus");
    }

    private io.micronaut.http.HttpResponse<?> block(String subject, String reason) {
        return client.toBlocking().exchange(HttpRequest.PUT(blockPath(subject), Map.of("reason", reason))
            .bearerAuth(ideas.adminToken()));
    }

    private static String blockPath(String subject) {
        return "/municipalities/" + IdeaFixtures.MUNICIPALITY + "/blocked/" + subject;
    }

    private CommentView.Threads threads(String ideaId, String token) {
        var request = HttpRequest.GET("/ideas/" + ideaId + "/comments");
        return client.toBlocking().retrieve(token == null ? request : request.bearerAuth(token), CommentView.Threads.class);
    }

    private String typeOf(HttpRequest<?> request) {
        var problem = problem(request);
        assertEquals(403, problem.get("status"));
        return (String) problem.get("type");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(HttpRequest<?> request) {
        var failure = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(request, String.class));
        return failure.getResponse().getBody(Map.class).orElseThrow();
    }

    private long count(String query) throws Exception {
        try (var connection = infrastructure.connect(proposals.schema);
             var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
