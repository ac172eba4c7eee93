package no.samskap.proposals.security;

import io.micronaut.http.HttpRequest;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.DailyWriteLimit;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two proposals instances over one schema, where Rana allows four writes a person a day: ideas, comments, supports
 * and reports all count, and the write over the limit stores nothing. A submission counts in its own transaction
 * (ADR 0066): only accepted ones count, and concurrent ones never pass the limit together. A day-long window, so that no run crosses into
 * the next window between its writes.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitsIT {

    private static final Map<String, Object> FOUR_A_DAY = withRepeatsChecked(
        DailyWriteLimit.of(IdeaFixtures.MUNICIPALITY, 4));

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest first;
    private ApplicationUnderTest second;
    private String idea;

    private static Map<String, Object> withRepeatsChecked(Map<String, Object> limits) {
        var properties = new HashMap<>(limits);
        properties.put("proposals.repeated-titles.window", "10m");
        return Map.copyOf(properties);
    }

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        first = ApplicationUnderTest.start(ProposalsApplication.class, infrastructure, FOUR_A_DAY);
        second = first.secondInstance(ProposalsApplication.class, FOUR_A_DAY);
        var ideas = new IdeaFixtures(first.client());
        ideas.useModeration("post");
        idea = ideas.publishedIdea();
    }

    @AfterAll
    void stop() {
        second.close();
        first.close();
    }

    @Test
    void countsIdeasCommentsSupportsAndReportsTogetherAndStoresNothingOfTheWriteOverTheLimit() throws SQLException {
        var subject = "resident-" + UUID.randomUUID();
        var resident = tokens.resident(subject, IdeaFixtures.MUNICIPALITY);
        var accepted = List.of(
            first.statusOf(HttpRequest.POST("/ideas", Map.of("title", "Brettspillkveld", "body", "Hver fredag.",
                "serviceArea", "bibliotek")).bearerAuth(resident)),
            first.statusOf(comment(resident)),
            first.statusOf(HttpRequest.PUT("/ideas/" + idea + "/support", "").bearerAuth(resident)),
            first.statusOf(HttpRequest.POST("/ideas/" + idea + "/reports", Map.of("reason", "Usakleg."))
                .bearerAuth(resident)));
        var outboxBefore = first.count("select count(*) from outbox_message");

        var refusal = first.rateLimited(comment(resident));

        assertAll(
            () -> assertTrue(accepted.stream().allMatch(status -> status / 100 == 2), accepted.toString()),
            () -> assertTrue(String.valueOf(refusal.get("detail")).contains("4 changes per 86400 seconds")),
            () -> assertEquals(1, first.count("select count(*) from idea_comment where author_id = '" + subject
                + "'")),
            () -> assertEquals(outboxBefore, first.count("select count(*) from outbox_message")));
    }

    @Test
    void countsAPersonsWritesToBothInstancesTogether() {
        var resident = tokens.resident("resident-" + UUID.randomUUID(), IdeaFixtures.MUNICIPALITY);

        var accepted = List.of(first.statusOf(comment(resident)), second.statusOf(comment(resident)),
            first.statusOf(comment(resident)), second.statusOf(comment(resident)));

        assertEquals(List.of(201, 201, 201, 201), accepted);
        assertEquals(429, second.statusOf(comment(resident)));
        assertEquals(429, first.statusOf(comment(resident)));
        assertEquals(201, first.statusOf(comment(tokens.resident("resident-" + UUID.randomUUID(),
            IdeaFixtures.MUNICIPALITY))));
    }

    @Test
    void letsOnlyOneOfTwelveConcurrentSubmissionsOnBothInstancesThroughWhenOneWriteIsLeft() throws Exception {
        var subject = "resident-" + UUID.randomUUID();
        var resident = tokens.resident(subject, IdeaFixtures.MUNICIPALITY);
        var used = List.of(first.statusOf(comment(resident)), second.statusOf(comment(resident)),
            first.statusOf(comment(resident)));

        var statuses = inParallel(12, i -> (i % 2 == 0 ? first : second).statusOf(
            submission(resident, "Kveldsåpent bibliotek " + i)));

        assertAll(
            () -> assertEquals(List.of(201, 201, 201), used),
            () -> assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString()),
            () -> assertEquals(11, statuses.stream().filter(status -> status == 429).count(), statuses.toString()),
            () -> assertEquals(1, first.count("select count(*) from idea where author_id = '" + subject + "'")));
        first.rateLimited(submission(resident, "Enda ein idé"));
    }

    @Test
    void countsOnlyTheSubmissionsItAcceptsSoARepeatedTitleLeavesTheWriteForAnother() throws SQLException {
        var subject = "resident-" + UUID.randomUUID();
        var resident = tokens.resident(subject, IdeaFixtures.MUNICIPALITY);
        var accepted = List.of(first.statusOf(submission(resident, "Skateramper ved Mo")),
            first.statusOf(comment(resident)), second.statusOf(comment(resident)));

        var repeated = second.refused(submission(resident, "Skateramper ved Mo"));

        assertAll(
            () -> assertEquals(List.of(201, 201, 201), accepted),
            () -> assertEquals(409, repeated.get("status")),
            () -> assertEquals(201, first.statusOf(submission(resident, "Benker langs elva"))),
            () -> assertEquals(2, first.count("select count(*) from idea where author_id = '" + subject + "'")));
        var refusal = second.rateLimited(submission(resident, "Ein tredje idé"));
        assertTrue(String.valueOf(refusal.get("detail")).contains("4 changes per 86400 seconds"));
        assertEquals(2, first.count("select count(*) from idea where author_id = '" + subject + "'"));
    }

    private static List<Integer> inParallel(int calls, IntFunction<Integer> call) throws Exception {
        var pool = Executors.newFixedThreadPool(calls);
        try {
            var ready = new CountDownLatch(calls);
            var answers = new ArrayList<Integer>();
            var tasks = IntStream.range(0, calls).<Callable<Integer>>mapToObj(i -> () -> {
                ready.countDown();
                ready.await();
                return call.apply(i);
            }).toList();
            for (var answer : pool.invokeAll(tasks)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpRequest<?> submission(String token, String title) {
        return HttpRequest.POST("/ideas", Map.of("title", title, "body", "Det trengst.", "serviceArea", "bibliotek"))
            .bearerAuth(token);
    }

    private HttpRequest<?> comment(String token) {
        return HttpRequest.POST("/ideas/" + idea + "/comments", Map.of("body", "Gjerne!")).bearerAuth(token);
    }
}
