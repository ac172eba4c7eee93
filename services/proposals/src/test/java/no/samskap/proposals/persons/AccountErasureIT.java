package no.samskap.proposals.persons;

import io.micronaut.http.HttpRequest;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.PersonalDataSweep;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident downloads what the proposals service holds about them and erases their account: the request and its
 * message commit together, and once the service has read its own {@code person-erased} the schema names them
 * nowhere but their ideas and comments stay, each signed by a former participant.
 */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountErasureIT {

    private static final String PERSON = "erasing-resident";

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;
    private IdeaFixtures ideas;
    private String token;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        ideas = new IdeaFixtures(proposals.client());
        ideas.useModeration("post");
        token = tokens.resident(PERSON, IdeaFixtures.MUNICIPALITY);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResidentsDownloadHoldsEachKindOfThingTheyDidAndTheErasureLeavesOnlyTheirAnonymisedContent()
        throws Exception {
        var own = write("/ideas", Map.of("title", "Lesesirkel for ungdom", "body", "Annenhver torsdag.",
            "serviceArea", "bibliotek"));
        var neighbours = ideas.publishedIdea();
        var comment = ideas.commentOn(own, token, "Alle er velkomne.");
        proposals.client().toBlocking().exchange(HttpRequest.PUT("/ideas/" + neighbours + "/support", "")
            .bearerAuth(token));
        write("/ideas/" + neighbours + "/reports", Map.of("reason", "Dette er reklame."));
        proposals.client().toBlocking().exchange(HttpRequest.PUT("/municipalities/" + IdeaFixtures.MUNICIPALITY
            + "/population", Map.of("residents", 100)).bearerAuth(ideas.adminToken()));
        proposals.client().toBlocking().exchange(HttpRequest.POST("/ideas/" + neighbours + "/petition", "")
            .bearerAuth(ideas.authorToken()));
        proposals.client().toBlocking().exchange(HttpRequest.PUT("/ideas/" + neighbours + "/petition/signature", "")
            .bearerAuth(token));
        ideas.commentOn(neighbours, ideas.authorToken(), "Takk!");
        proposals.client().toBlocking().exchange(HttpRequest.POST("/ideas/" + own + "/comments/" + comment + "/hiding",
            Map.of("reason", "Under vurdering.")).bearerAuth(ideas.staffToken()));
        write("/ideas/" + own + "/comments/" + comment + "/appeal", Map.of("text", "Kommentaren er grei."));
        var supportsBefore = supportCountOf(neighbours);

        var download = proposals.client().toBlocking().retrieve(HttpRequest.GET("/persons/me/data").bearerAuth(token),
            Map.class);

        var parts = (Map<String, Map<String, Object>>) download.get("parts");
        assertEquals(PERSON, download.get("subjectId"));
        assertEquals("Lesesirkel for ungdom", ((Map<?, ?>) list(parts, "proposals.ideas", "ideas").get(0)).get("title"));
        assertEquals(comment, ((Map<?, ?>) list(parts, "proposals.comments", "comments").get(0)).get("id"));
        assertEquals("Kommentaren er grei.", ((Map<?, ?>) list(parts, "proposals.comments", "appeals").get(0))
            .get("text"));
        assertEquals(neighbours, ((Map<?, ?>) list(parts, "proposals.supports", "supports").get(0)).get("idea_id"));
        assertEquals(2, list(parts, "proposals.follows", "follows").size(), "their own idea and the supported one");
        assertEquals("Dette er reklame.", ((Map<?, ?>) list(parts, "proposals.reports", "ideasReported").get(0))
            .get("reason"));
        assertEquals(neighbours, ((Map<?, ?>) list(parts, "proposals.signatures", "signatures").get(0)).get("idea_id"));
        assertEquals(1, signaturesOn(neighbours));

        var first = proposals.client().toBlocking().exchange(HttpRequest.POST("/persons/me/erasure", "")
            .bearerAuth(token), Map.class);
        var again = proposals.client().toBlocking().exchange(HttpRequest.POST("/persons/me/erasure", "")
            .bearerAuth(token), Map.class);

        assertEquals(202, first.code());
        assertEquals(first.body().get("requestId"), again.body().get("requestId"));
        eventually(() -> {
            assertEquals(1, erasuresRead());
            try (var connection = proposals.connect()) {
                var sweep = PersonalDataSweep.forPerson(PERSON).over(connection, List.of(connection.getSchema()));
                assertEquals(List.of(), sweep.traces());
                assertTrue(sweep.tablesSwept() > 15, "swept " + sweep.tablesSwept());
            }
        });
        var erasedIdea = proposals.client().toBlocking().retrieve(HttpRequest.GET("/ideas/" + own)
            .bearerAuth(ideas.staffToken()), Map.class);
        assertTrue(((String) erasedIdea.get("authorId")).startsWith("former-participant:"));
        assertEquals("Lesesirkel for ungdom", erasedIdea.get("title"));
        assertEquals(supportsBefore - 1, supportCountOf(neighbours));
        assertEquals(0, signaturesOn(neighbours), "a petition still collecting counts the erased signature no more");
        var nothingLeft = proposals.client().toBlocking().retrieve(HttpRequest.GET("/persons/me/data")
            .bearerAuth(token), Map.class);
        ((Map<String, Map<String, Object>>) nothingLeft.get("parts")).forEach((part, export) ->
            assertTrue(export.isEmpty(), part + ": " + export));
    }

    @Test
    void theDownloadAndTheErasureAreForTheSignedInPersonOnly() {
        assertEquals(401, proposals.statusOf(HttpRequest.GET("/persons/me/data")));
        assertEquals(401, proposals.statusOf(HttpRequest.POST("/persons/me/erasure", "")));
    }

    private String write(String path, Map<String, String> body) {
        var created = proposals.client().toBlocking().exchange(HttpRequest.POST(path, body).bearerAuth(token),
            Map.class);
        return created.getBody().map(answer -> (String) answer.get("id")).orElse(null);
    }

    /** The service reads its own person-erased like every other deployable; the sent outbox row is erased with it. */
    private int erasuresRead() throws SQLException {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery(
                 "select count(*) from processed_message where message_type = 'person-erased'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private int signaturesOn(String idea) throws SQLException {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery(
                 "select signature_count from petition where idea_id = '" + idea + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private int supportCountOf(String idea) {
        return ((Number) proposals.client().toBlocking().retrieve(HttpRequest.GET("/ideas/" + idea), Map.class)
            .get("supportCount")).intValue();
    }

    private static List<?> list(Map<String, Map<String, Object>> parts, String part, String key) {
        var found = parts.get(part).get(key);
        assertTrue(found instanceof List<?>, part + " has no " + key + ": " + parts.get(part));
        return (List<?>) found;
    }
}
