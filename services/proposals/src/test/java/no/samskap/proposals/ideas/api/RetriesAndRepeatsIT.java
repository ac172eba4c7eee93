package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A retried write (a lost answer, a double click) never makes a second idea or comment: the same Idempotency-Key with
 * the same request answers with what the first made, on any of the service's instances; the same key with another
 * request is refused with 422, as the IETF draft on the header advises. The same title from the same author within
 * minutes, without a key, is refused with 409 and a link to the first.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetriesAndRepeatsIT {

    private static final int PARALLEL = 50;

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;
    private ApplicationUnderTest secondInstance;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        var repeatsChecked = Map.<String, Object>of("proposals.repeated-titles.window", "10m");
        proposals = ApplicationUnderTest.start(ProposalsApplication.class, infrastructure, repeatsChecked);
        secondInstance = proposals.secondInstance(ProposalsApplication.class, repeatsChecked);
        new IdeaFixtures(proposals.client()).useModeration("post");
    }

    @AfterAll
    void stop() {
        secondInstance.close();
        proposals.close();
    }

    @Test
    void fiftyParallelSubmissionsWithOneKeyOnTwoInstancesMakeOneIdeaAndAllAnswerIt() throws Exception {
        var author = tokens.resident("retrying-author", IdeaFixtures.MUNICIPALITY);
        var idea = idea("Lesesirkel på Mo bibliotek");

        var answers = inParallel(i -> (i % 2 == 0 ? proposals : secondInstance).client().toBlocking().exchange(
            HttpRequest.POST("/ideas", idea).bearerAuth(author).header("Idempotency-Key", "dobbeltklikk-1"), Map.class));

        var ids = new HashSet<Object>();
        for (var answer : answers) {
            assertEquals(201, answer.code());
            ids.add(answer.body().get("id"));
            assertEquals("/ideas/" + answer.body().get("id"), answer.header("Location"));
        }
        assertEquals(1, ids.size());
        assertEquals(1, ideasBy("retrying-author"));
        assertEquals(1, proposals.outboxTypesFor((String) ids.iterator().next()).stream()
            .filter("idea-submitted"::equals).count());
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedWith422AndStoresNothing() throws Exception {
        var author = tokens.resident("key-reuser", IdeaFixtures.MUNICIPALITY);
        submit(author, "retry-2", idea("Sommarkino i Byparken"));

        var problem = proposals.refused(HttpRequest.POST("/ideas", idea("Vinterkino i Byparken")).bearerAuth(author)
            .header("Idempotency-Key", "retry-2"));

        assertEquals(422, problem.get("status"));
        assertEquals("https://samskap.no/problems/idempotency-key-reused", problem.get("type"));
        assertEquals(1, ideasBy("key-reuser"));
    }

    @Test
    void aKeyBelongsToThePersonWhoSentItSoAnotherPersonsSameKeyMakesTheirOwnIdea() {
        var first = submit(tokens.resident("first-of-two", IdeaFixtures.MUNICIPALITY), "felles", idea("Brettspillkveld"));
        var second = submit(tokens.resident("second-of-two", IdeaFixtures.MUNICIPALITY), "felles",
            idea("Brettspillkveld"));

        assertNotEquals(first, second);
    }

    @Test
    void aKeyThatIsNoVisibleAsciiTextIsRefusedNamingTheHeader() throws Exception {
        var author = tokens.resident("bad-key", IdeaFixtures.MUNICIPALITY);
        for (var key : List.of("\"\"", "x".repeat(256))) {
            var problem = proposals.refused(HttpRequest.POST("/ideas", idea("Skatepark ved Fageråsen")).bearerAuth(author)
                .header("Idempotency-Key", key));

            assertEquals(400, problem.get("status"));
            assertEquals("Idempotency-Key", firstField(problem));
        }
        assertEquals(0, ideasBy("bad-key"));
    }

    @Test
    void parallelCommentsWithOneKeyMakeOneComment() throws Exception {
        var idea = submit(tokens.resident("commented-author", IdeaFixtures.MUNICIPALITY), null, idea("Konsert i Moholt"));
        var commenter = tokens.resident("retrying-commenter", IdeaFixtures.MUNICIPALITY);

        var answers = inParallel(i -> (i % 2 == 0 ? proposals : secondInstance).client().toBlocking().exchange(
            HttpRequest.POST("/ideas/" + idea + "/comments", Map.of("body", "Eg kjem gjerne!")).bearerAuth(commenter)
                .header("Idempotency-Key", "kommentar-1"), Map.class));

        assertEquals(1, answers.stream().map(answer -> answer.body().get("id")).distinct().count());
        answers.forEach(answer -> assertEquals(201, answer.code()));
        assertEquals(1, count("select count(*) from idea_comment where author_id = 'retrying-commenter'"));
        var otherComment = proposals.refused(HttpRequest.POST("/ideas/" + idea + "/comments",
            Map.of("body", "Noko anna")).bearerAuth(commenter).header("Idempotency-Key", "kommentar-1"));
        assertEquals(422, otherComment.get("status"));
    }

    @Test
    void theSameTitleFromTheSameAuthorWithinMinutesIsRefusedWith409LinkingTheFirst() throws Exception {
        var author = tokens.resident("repeating-author", IdeaFixtures.MUNICIPALITY);
        var first = submit(author, null, idea("Leksehjelp på biblioteket"));

        var problem = proposals.refused(HttpRequest.POST("/ideas", Map.of("title", "  leksehjelp på BIBLIOTEKET ",
            "body", "Ein annan tekst.", "serviceArea", "bibliotek")).bearerAuth(author));

        assertEquals(409, problem.get("status"));
        assertEquals("https://samskap.no/problems/repeated-idea", problem.get("type"));
        assertEquals("/ideas/" + first, problem.get("link"));
        assertEquals(1, ideasBy("repeating-author"));
        var otherAuthor = submit(tokens.resident("same-title-other-author", IdeaFixtures.MUNICIPALITY), null,
            idea("Leksehjelp på biblioteket"));
        assertNotEquals(first, otherAuthor);
    }

    @Test
    void aWithdrawnIdeasTitleMaySoonBeSubmittedAgain() {
        var author = tokens.resident("withdrawing-author", IdeaFixtures.MUNICIPALITY);
        var first = submit(author, null, idea("Kodeklubb for jenter"));
        proposals.client().toBlocking().exchange(HttpRequest.POST("/ideas/" + first + "/withdrawal", Map.of())
            .bearerAuth(author));

        assertNotEquals(first, submit(author, null, idea("Kodeklubb for jenter")));
    }

    private static Map<String, String> idea(String title) {
        return Map.of("title", title, "body", "Ein god idé for alle i Rana.", "serviceArea", "bibliotek");
    }

    private String submit(String token, String key, Map<String, String> idea) {
        var request = HttpRequest.POST("/ideas", idea).bearerAuth(token);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return (String) proposals.client().toBlocking().retrieve(request, Map.class).get("id");
    }

    @SuppressWarnings("rawtypes")
    private static List<HttpResponse<Map>> inParallel(IntFunction<HttpResponse<Map>> call) throws Exception {
        var pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Callable<HttpResponse<Map>>> calls = IntStream.range(0, PARALLEL)
                .<Callable<HttpResponse<Map>>>mapToObj(i -> () -> call.apply(i)).toList();
            var answers = new ArrayList<HttpResponse<Map>>();
            for (var future : pool.invokeAll(calls)) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private long ideasBy(String author) throws SQLException {
        return count("select count(*) from idea where author_id = '" + author + "'");
    }

    private long count(String sql) throws SQLException {
        try (var connection = proposals.connect(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
